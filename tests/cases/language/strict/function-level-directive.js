// "use strict" applies per function; sloppy and strict functions coexist.
function sloppy() {
  leakedFromSloppy = "ok";
  return typeof this;
}
function strict() {
  "use strict";
  try { leakedFromStrict = "bad"; } catch (e) { return typeof this + " " + e.name; }
}
console.log(sloppy(), typeof leakedFromSloppy);
console.log(strict());
function outerStrict() {
  "use strict";
  return (function () { return this; })();
}
console.log(outerStrict());
function notDirective() {
  var x = 1;
  "use strict";
  return (function () { return typeof this; })();
}
console.log(notDirective());
function escaped() { "use\x20strict"; return typeof this; }
console.log(escaped());
function later() { "other directive"; "use strict"; return this; }
console.log(later());
delete (function () { return this; })().leakedFromSloppy;
