// Number.prototype.toPrecision: fixed notation while the exponent fits, else exponential.
console.log((123.456).toPrecision(1), (123.456).toPrecision(2), (123.456).toPrecision(3));
console.log((123.456).toPrecision(4), (123.456).toPrecision(7), (123.456).toPrecision(10));
console.log((0.000123).toPrecision(2), (0.0000001234).toPrecision(2), (0.000001234).toPrecision(2));
console.log((1e21).toPrecision(3), (1e20).toPrecision(21), (123456).toPrecision(5));
console.log((5).toPrecision(), (5.5).toPrecision(undefined), (0).toPrecision(4));
console.log((-1.25).toPrecision(2), (-0.000015).toPrecision(1), (99.99).toPrecision(3));
console.log(NaN.toPrecision(3), Infinity.toPrecision(2), (-Infinity).toPrecision(200));
console.log((1).toPrecision(100).length);
console.log((5e-324).toPrecision(3), (Number.MAX_VALUE).toPrecision(5));
