// NaN, Infinity and undefined are read-only properties of the global object.
NaN = 1;
Infinity = 2;
undefined = 3;
console.log(NaN, Infinity, undefined);
var g = (function () { return this; })();
g.NaN = 4;
console.log(g.NaN !== g.NaN, g.Infinity, g.undefined);
console.log(delete g.NaN, delete g.undefined);
(function () {
  "use strict";
  try { g.Infinity = 5; } catch (e) { console.log(e.name); }
})();
console.log(Infinity > 1e308);
