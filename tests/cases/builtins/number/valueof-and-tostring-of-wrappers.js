// Number.prototype.valueOf / toString on primitives and wrappers, and overriding them.
var w = new Number(42);
console.log(w.valueOf(), w.toString(), w.toString(16), typeof w.valueOf(), (42).valueOf() === 42);
w.toString = function () { return "custom"; };
console.log(String(w), w + "", `${w}`, w * 1);
Number.prototype.double = function () { return this * 2; };
console.log((21).double(), typeof (5).double);
delete Number.prototype.double;
console.log(typeof (5).double);
