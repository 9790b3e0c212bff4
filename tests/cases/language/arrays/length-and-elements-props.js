// Array length interacts with defineProperty and non-configurable elements.
var a = [1, 2, 3];
Object.defineProperty(a, 1, { value: 2, configurable: false });
a.length = 0;
console.log(a.length, a.join(","));
var b = [1, 2, 3];
Object.defineProperty(b, "length", { writable: false });
b[5] = 6;
console.log(b.length, b[5]);
try { b.push(4); } catch (e) { console.log(e.name); }
var c = [];
c[0] = "a";
Object.defineProperty(c, "1", { value: "b", enumerable: true });
console.log(c.length, c.join(""));
console.log(Object.getOwnPropertyDescriptor([5], "0").configurable, Object.getOwnPropertyDescriptor([5], "length").enumerable);
