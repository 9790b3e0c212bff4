// Number wrapper objects: equality, truthiness, properties and Number.prototype itself.
var a = new Number(5), b = new Number(5);
console.log(a == 5, a === 5, a == b, a === b, a.valueOf() === b.valueOf());
console.log(typeof a, a instanceof Number, Object.prototype.toString.call(a));
console.log(!!new Number(0), new Number(0) ? "truthy" : "falsy");
a.extra = "x";
console.log(a.extra, a + 1, a * 2, String(a), a.toFixed(1));
var p = 7;
p.extra = "y";
console.log(p.extra);
console.log(Number.prototype.valueOf(), typeof Number.prototype, Object.prototype.toString.call(Number.prototype));
console.log(Number.prototype.constructor === Number, Object.getPrototypeOf(5) === Number.prototype);
console.log(Number.length, Number.name, Object(1.5) instanceof Number);
