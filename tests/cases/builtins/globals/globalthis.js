// globalThis is the global object: shared with global, this at top level of scripts, and its descriptor.
console.log(typeof globalThis, globalThis === global, globalThis.globalThis === globalThis);
var d = Object.getOwnPropertyDescriptor(globalThis, "globalThis");
console.log(d.writable, d.enumerable, d.configurable);
globalThis.fromGlobalThis = 42;
console.log(fromGlobalThis, typeof global.fromGlobalThis);
console.log(globalThis.Math === Math, globalThis.JSON === JSON, globalThis.parseInt === parseInt);
console.log((function () { return this; })() === globalThis, (function () { "use strict"; return this; })());
console.log(new Function("return this")() === globalThis, (0, eval)("this") === globalThis);
console.log(Object.prototype.toString.call(globalThis));
