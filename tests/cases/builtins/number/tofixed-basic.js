// Number.prototype.toFixed: plain values, padding with zeros and negative numbers.
console.log((0).toFixed(2), (1).toFixed(0), (1).toFixed(3));
console.log((123.456).toFixed(0), (123.456).toFixed(1), (123.456).toFixed(2), (123.456).toFixed(5));
console.log((-1.5).toFixed(0), (-0.0001).toFixed(2), (-12.34).toFixed(1));
console.log((0.1).toFixed(20));
console.log((1.23e-10).toFixed(2), (1.23e-10).toFixed(12));
console.log((1000000000000000128).toFixed(0));
console.log((12345.6789).toFixed());
console.log((0.000001).toFixed(7), (0.0000006).toFixed(6));
console.log(NaN.toFixed(2), Infinity.toFixed(1), (-Infinity).toFixed(0));
console.log(typeof (5).toFixed(2), (5).toFixed(2).length);
