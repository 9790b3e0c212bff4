// new Error(message): ToString of the message, absent when undefined, and Error() without new.
var e = new Error("boom");
console.log(e.message, e.name, e instanceof Error, Object.prototype.hasOwnProperty.call(e, "message"));
var none = new Error();
console.log(JSON.stringify(none.message), Object.prototype.hasOwnProperty.call(none, "message"));
var undef = new Error(undefined);
console.log(Object.prototype.hasOwnProperty.call(undef, "message"), new Error(null).message, new Error(42).message);
console.log(new Error({ toString: function () { return "obj"; } }).message, new Error([1, 2]).message);
var called = Error("no new");
console.log(called instanceof Error, called.message, Object.getPrototypeOf(called) === Error.prototype);
var d = Object.getOwnPropertyDescriptor(e, "message");
console.log(d.writable, d.enumerable, d.configurable);
try { new Error(Symbol("s")); } catch (x) { console.log(x.name + ": " + x.message); }
console.log(Error.length, Error.name, typeof Error.prototype.toString);
