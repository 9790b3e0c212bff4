// propertyIsEnumerable is true only for own enumerable properties.
var o = { a: 1 };
Object.defineProperty(o, "b", { value: 2 });
console.log(o.propertyIsEnumerable("a"), o.propertyIsEnumerable("b"), o.propertyIsEnumerable("toString"));
console.log([1].propertyIsEnumerable(0), [1].propertyIsEnumerable("length"), "ab".propertyIsEnumerable);
console.log(Object.prototype.propertyIsEnumerable.call("ab", 0), Object.prototype.propertyIsEnumerable.call("ab", "length"));
var child = Object.create(o);
console.log(child.propertyIsEnumerable("a"), Object.prototype.propertyIsEnumerable.length);
var s = Symbol();
o[s] = 1;
console.log(o.propertyIsEnumerable(s));
