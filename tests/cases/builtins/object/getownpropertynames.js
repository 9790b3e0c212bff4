// getOwnPropertyNames includes non-enumerable string keys but not symbols.
console.log(Object.getOwnPropertyNames([1, 2]).join(","));
console.log(Object.getOwnPropertyNames("ab").join(","));
var o = Object.defineProperty({ a: 1 }, "b", { value: 2 });
o[Symbol.iterator] = 1;
console.log(Object.getOwnPropertyNames(o).join(","));
console.log(Object.getOwnPropertyNames(function f(a, b) { "use strict"; }).sort().join(","));
console.log(Object.getOwnPropertyNames((a) => a).sort().join(","));
console.log(Object.getOwnPropertyNames(5).length);
try { Object.getOwnPropertyNames(undefined); } catch (e) { console.log(e.name, e.message); }
console.log(Object.getOwnPropertyNames(Object.prototype).indexOf("__proto__") >= 0);
