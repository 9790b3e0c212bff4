// __proto__ in an object literal sets the prototype; computed or shorthand forms do not.
var p = { inherited: true };
var a = { __proto__: p, own: 1 };
console.log(Object.getPrototypeOf(a) === p, a.inherited, Object.keys(a).join(","));
var b = { "__proto__": p };
console.log(Object.getPrototypeOf(b) === p);
var c = { ["__proto__"]: p };
console.log(Object.getPrototypeOf(c) === Object.prototype, Object.keys(c).join(","));
var __proto__ = p;
var d = { __proto__ };
console.log(Object.getPrototypeOf(d) === Object.prototype, d.hasOwnProperty("__proto__"));
var e = { __proto__: null };
console.log(Object.getPrototypeOf(e), typeof e.toString);
var f = { __proto__: 5 };
console.log(Object.getPrototypeOf(f) === Object.prototype);
