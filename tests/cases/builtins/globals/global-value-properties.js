// NaN, Infinity and undefined are read-only, non-configurable properties of the global object.
["NaN", "Infinity", "undefined"].forEach(function (k) {
  var d = Object.getOwnPropertyDescriptor(globalThis, k);
  console.log(k, String(d.value), d.writable, d.enumerable, d.configurable);
});
NaN = 1; Infinity = 2; undefined = 3;
console.log(NaN, Infinity, undefined);
console.log(delete globalThis.NaN, (function () { "use strict"; try { NaN = 5; } catch (e) { return e.name + ": " + e.message; } })());
(function () { var undefined = "shadowed"; console.log(undefined, void 0); })();
console.log(typeof NaN, typeof Infinity, 1 / Infinity, -Infinity);
