// seal keeps values writable but forbids adding and deleting properties.
var o = Object.seal({ a: 1 });
o.a = 2; o.b = 3; delete o.a;
console.log(o.a, o.b, Object.isSealed(o), Object.isFrozen(o), Object.isExtensible(o));
var d = Object.getOwnPropertyDescriptor(o, "a");
console.log(d.writable, d.configurable, d.enumerable);
(function () {
  "use strict";
  try { delete o.a; } catch (e) { console.log(e.name, e.message); }
  try { o.z = 1; } catch (e) { console.log(e.name, e.message); }
})();
var a = Object.seal([1, 2, 3]);
a[0] = 9;
try { a.pop(); } catch (e) { console.log(e.name, e.message); }
console.log(a.join(","), Object.seal(1), Object.seal.length);
