// In a CommonJS module top-level var and function declarations stay local, not global properties.
var moduleVar = 1;
function moduleFn() {}
console.log("moduleVar" in globalThis, "moduleFn" in globalThis, typeof moduleVar, typeof moduleFn);
implicitGlobal = 5;
console.log("implicitGlobal" in globalThis, Object.getOwnPropertyDescriptor(globalThis, "implicitGlobal").configurable);
console.log(delete globalThis.implicitGlobal, typeof implicitGlobal);
globalThis.viaProperty = 7;
console.log(viaProperty, Object.keys(globalThis).indexOf("viaProperty") >= 0);
