// Subnormal doubles: MIN_VALUE, halving and formatting near the bottom of the range.
var m = Number.MIN_VALUE;
console.log(m, m / 2, m * 1.5, m * 2.5, m / 2 === 0);
console.log(2.2250738585072014e-308, 2.225073858507201e-308, 2.2250738585072014e-308 / 2);
console.log(1e-323, 1e-320, 4e-320 * 2, 3e-324, 2.4703282292062328e-324);
console.log(m.toString(2).length, m.toFixed(2), m.toExponential(), m.toPrecision(17));
console.log(Number("5e-324"), Number("2e-324"), Number("3e-324"), parseFloat("1e-325"));
console.log(m > 0, -m < 0, Math.sqrt(m), Math.log(m));
console.log(Number.MAX_VALUE + 1e292, Number.MAX_VALUE + 1e291, Number.MAX_VALUE * (1 + Number.EPSILON));
