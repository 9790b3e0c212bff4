// Number.prototype.toExponential with explicit digits, no digits and special values.
console.log((123456).toExponential(2), (123456).toExponential(0), (123456).toExponential());
console.log((0.00015).toExponential(1), (0.00015).toExponential(), (1).toExponential(3));
console.log((0).toExponential(), (0).toExponential(2), (-0).toExponential(1));
console.log((-1.5e-7).toExponential(3), (1e21).toExponential(), (1e-21).toExponential(5));
console.log((1.45).toExponential(1), (1.55).toExponential(1), (2.5).toExponential(0));
console.log(NaN.toExponential(2), Infinity.toExponential(), (-Infinity).toExponential(1));
console.log((Number.MAX_VALUE).toExponential(20), (5e-324).toExponential(), (5e-324).toExponential(3));
console.log((Math.PI).toExponential(15), (Math.PI).toExponential(30));
console.log((1.1).toExponential(50).length);
