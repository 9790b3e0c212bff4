// globalThis itself is writable and configurable; global keeps the object.
var g = globalThis;
globalThis = 5;
console.log(typeof globalThis === "number" ? "reassigned" : "unchanged", global === g);
globalThis = g;
console.log(globalThis === global, delete g.globalThis, typeof g.globalThis);
g.globalThis = g;
console.log(globalThis === g);
