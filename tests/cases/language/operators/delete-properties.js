// delete removes own properties and returns true; it cannot remove non-configurable ones.
var o = { a: 1, b: 2 };
console.log(delete o.a, "a" in o, o.a);
console.log(delete o.missing, delete o["b"], Object.keys(o).length);
var proto = { shared: 1 };
var child = Object.create(proto);
console.log(delete child.shared, child.shared);
Object.defineProperty(o, "fixed", { value: 3, configurable: false });
console.log(delete o.fixed, o.fixed);
console.log(delete Math.PI, Math.PI > 3);
console.log(delete 5, delete "x".length);
var arr = [1, 2, 3];
console.log(delete arr.length, arr.length);
