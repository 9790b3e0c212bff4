// The first line of stack is toString's form at construction time; later changes do not update it.
var e = new Error("first");
console.log(e.stack.split("\n")[0]);
console.log(new TypeError("bad type").stack.split("\n")[0]);
console.log(new RangeError().stack.split("\n")[0]);
e.message = "changed";
console.log(e.stack.split("\n")[0]);
var named = new Error("m");
console.log(/^\s+at /.test(named.stack.split("\n")[1]), typeof named.stack);
var d = Object.getOwnPropertyDescriptor(named, "stack");
console.log(d !== undefined, d && d.enumerable);
function Custom(msg) { this.message = msg; Error.captureStackTrace(this); }
Custom.prototype = Object.create(Error.prototype);
Custom.prototype.name = "Custom";
console.log(new Custom("made").stack.split("\n")[0]);
console.log(new Error("multi\nline").stack.split("\n").slice(0, 2).join("|"));
