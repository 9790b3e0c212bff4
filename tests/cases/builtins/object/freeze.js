// freeze makes every own property read-only and the object non-extensible.
var o = Object.freeze({ a: 1, nested: { b: 2 }, get g() { return 3; } });
o.a = 9; o.c = 1; delete o.a; o.nested.b = 5;
console.log(o.a, o.c, o.nested.b, Object.isFrozen(o), Object.isExtensible(o));
var d = Object.getOwnPropertyDescriptor(o, "a");
console.log(d.writable, d.configurable, Object.getOwnPropertyDescriptor(o, "g").configurable);
(function () {
  "use strict";
  try { o.a = 2; } catch (e) { console.log(e.name, e.message); }
  try { o.newProp = 2; } catch (e) { console.log(e.name, e.message); }
  try { delete o.a; } catch (e) { console.log(e.name, e.message); }
})();
console.log(Object.freeze(5), Object.freeze("s"), Object.isFrozen(5), Object.isFrozen("x"));
var arr = Object.freeze([1, 2]);
try { arr.push(3); } catch (e) { console.log(e.name, e.message); }
console.log(arr.length, Object.isFrozen(arr));
