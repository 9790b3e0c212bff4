// Prototype methods see the instance as this; detached methods lose it.
function Counter(start) { this.value = start; }
Counter.prototype.inc = function () { this.value++; return this; };
Counter.prototype.get = function () { return this.value; };
var c = new Counter(5);
console.log(c.inc().inc().get());
var inc = c.inc;
var g = (function () { return this; })();
g.value = 100;
inc();
console.log(g.value, c.value);
delete g.value;
var boundInc = c.inc.bind(c);
boundInc();
console.log(c.get());
var other = { value: 0, inc: Counter.prototype.inc };
other.inc();
console.log(other.value);
console.log([new Counter(1), new Counter(2)].map(function (x) { return x.inc().get(); }).join(","));
