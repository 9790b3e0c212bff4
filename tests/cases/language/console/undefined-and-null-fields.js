// undefined and null values are printed, not skipped, unlike JSON.stringify.
var o = { a: undefined, b: null, c: void 0 };
console.log(o);
console.log(JSON.stringify(o));
console.log([undefined, null]);
console.log(JSON.stringify([undefined, null]));
console.log(undefined, null, [void 0]);
var nestedUndef = { outer: { inner: undefined } };
console.log(nestedUndef, JSON.stringify(nestedUndef));
console.log({ u: undefined }.u, Object.keys({ u: undefined }).length);
