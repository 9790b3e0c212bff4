// preventExtensions stops new properties but allows changes and deletions.
var o = { a: 1 };
console.log(Object.isExtensible(o), Object.preventExtensions(o) === o, Object.isExtensible(o));
o.b = 2; o.a = 3;
console.log(o.b, o.a, delete o.a, "a" in o);
var proto = {};
var child = Object.create(proto);
Object.preventExtensions(child);
proto.inherited = "yes";
console.log(child.inherited);
(function () {
  "use strict";
  try { child.fresh = 1; } catch (e) { console.log(e.name, e.message); }
})();
var arr = Object.preventExtensions([1]);
try { arr.push(2); } catch (e) { console.log(e.name, e.message); }
arr[5] = 1;
console.log(arr.length, Object.isExtensible(1), Object.preventExtensions(1));
