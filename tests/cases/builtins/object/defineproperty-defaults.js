// defineProperty defaults missing attributes to false and undefined.
var o = {};
Object.defineProperty(o, "x", { value: 1 });
var d = Object.getOwnPropertyDescriptor(o, "x");
console.log(d.value, d.writable, d.enumerable, d.configurable, "get" in d);
o.x = 2;
console.log(o.x, delete o.x, o.x, Object.keys(o).length);
Object.defineProperty(o, "y", {});
d = Object.getOwnPropertyDescriptor(o, "y");
console.log(d.value, "value" in d, d.writable);
Object.defineProperty(o, "z", { get: function () { return "g"; } });
d = Object.getOwnPropertyDescriptor(o, "z");
console.log(o.z, typeof d.get, d.set, "writable" in d, d.enumerable);
console.log(Object.defineProperty(o, "w", { value: 1 }) === o, Object.defineProperty.length);
