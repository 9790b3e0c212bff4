// Calling a constructor without new runs it as a plain call; instanceof guards fix that.
function Sloppy(v) { this.sloppyValue = v; }
var r = Sloppy(5);
var g = (function () { return this; })();
console.log(r, g.sloppyValue, typeof sloppyValue);
function Safe(v) {
  if (!(this instanceof Safe)) return new Safe(v);
  this.v = v;
}
console.log(Safe(1).v, new Safe(2).v, Safe(3) instanceof Safe);
function Strict(v) { "use strict"; this.v = v; }
try { Strict(1); } catch (e) { console.log(e.name); }
function Counter() { Counter.made = (Counter.made || 0) + 1; }
new Counter(); new Counter; Counter();
console.log(Counter.made);
delete g.sloppyValue;
