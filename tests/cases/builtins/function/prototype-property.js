// Ordinary functions get a fresh prototype with constructor; arrows and methods do not.
function F() {}
var d = Object.getOwnPropertyDescriptor(F, "prototype");
console.log(typeof F.prototype, F.prototype.constructor === F, d.writable, d.enumerable, d.configurable);
var cd = Object.getOwnPropertyDescriptor(F.prototype, "constructor");
console.log(cd.writable, cd.enumerable, cd.configurable);
console.log((() => {}).prototype, ({ m() {} }).m.prototype, (async function () {}).prototype);
console.log(typeof (function* () {}).prototype, Math.max.prototype, (function () {}).bind().prototype);
class C {}
console.log(Object.getOwnPropertyDescriptor(C, "prototype").writable);
F.prototype = 5;
console.log(Object.getPrototypeOf(new F()) === Object.prototype);
