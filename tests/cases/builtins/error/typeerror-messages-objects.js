// V8's TypeError messages from Object and reflection operations.
function msg(f) { try { f(); return "no error"; } catch (e) { return e.name + ": " + e.message; } }
console.log(msg(function () { Object.defineProperty(1, "x", {}); }));
console.log(msg(function () { Object.defineProperty({}, "x", 1); }));
console.log(msg(function () { Object.create(5); }));
console.log(msg(function () { Object.setPrototypeOf({}, 5); }));
console.log(msg(function () { var o = Object.freeze({}); "use strict"; Object.defineProperty(o, "x", { value: 1 }); }));
console.log(msg(function () { Object.defineProperty({}, "x", { get: 1 }); }));
console.log(msg(function () { Object.defineProperty({}, "x", { get: function () {}, value: 1 }); }));
console.log(msg(function () { "x" in "string"; }));
console.log(msg(function () { ({}) instanceof 5; }));
console.log(msg(function () { ({}) instanceof {}; }));
console.log(msg(function () { Object.keys(null); }));
console.log(msg(function () { var a = Object.preventExtensions([]); a.push(1); }));
console.log(msg(function () { var c = {}; c.__proto__ = c; Object.setPrototypeOf(Object.prototype, c); }));
