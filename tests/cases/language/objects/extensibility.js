// Non-extensible objects reject new properties but keep existing ones changeable.
var o = { a: 1 };
console.log(Object.isExtensible(o));
Object.preventExtensions(o);
o.b = 2;
o.a = 10;
console.log(Object.isExtensible(o), o.a, o.b, "b" in o);
try { Object.defineProperty(o, "c", { value: 3 }); } catch (e) { console.log(e.name); }
delete o.a;
console.log("a" in o, Object.keys(o).length);
var arr = Object.preventExtensions([1, 2]);
arr[0] = 9;
arr[5] = 1;
console.log(arr.join(","), arr.length);
console.log(Object.isExtensible(1), Object.isFrozen("s"), Object.isSealed(null));
var proto = {};
var child = Object.create(proto);
Object.preventExtensions(proto);
child.own = "fine";
console.log(child.own);
