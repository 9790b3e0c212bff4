// The global parseInt/parseFloat/isNaN/isFinite and their Number counterparts.
console.log(Number.parseInt === parseInt, Number.parseFloat === parseFloat);
console.log(Number.isNaN === isNaN, Number.isFinite === isFinite);
console.log(isNaN("abc"), Number.isNaN("abc"), isFinite("12"), Number.isFinite("12"));
var saved = parseInt;
globalThis.parseInt = function () { return "replaced"; };
console.log(parseInt("1"), Number.parseInt("1"));
globalThis.parseInt = saved;
console.log(parseInt("1"), delete globalThis.parseFloat, typeof parseFloat);
