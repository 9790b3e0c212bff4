// Number.prototype.toString(radix) on integers, negatives and large powers of two.
console.log((255).toString(16), (255).toString(2), (255).toString(8), (255).toString(36));
console.log((-255).toString(16), (-0).toString(2), (0).toString(36));
console.log((35).toString(36), (36).toString(36), (1295).toString(36));
console.log(Math.pow(2, 53).toString(2).length, Math.pow(2, 53).toString(16));
console.log((Number.MAX_SAFE_INTEGER).toString(36), (Number.MAX_SAFE_INTEGER).toString(7));
console.log((1e21).toString(16), (1e21).toString(36));
console.log((Number.MAX_VALUE).toString(36).length, (Number.MAX_VALUE).toString(2).length);
console.log((10).toString(10), (10).toString(undefined), (10).toString("2"));
console.log(NaN.toString(2), Infinity.toString(16), (-Infinity).toString(36));
