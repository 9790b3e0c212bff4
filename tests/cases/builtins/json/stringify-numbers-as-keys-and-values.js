// Number values serialize as their ToString; non-finite become null, including in objects.
var o = { a: 0.1, b: 1e21, c: 1e-7, d: -0, e: NaN, f: -Infinity, g: 2 ** 53 + 1, h: 0x10 };
console.log(JSON.stringify(o));
console.log(JSON.stringify([1.0, 1.50, 100, 1e2, 0.000001]));
