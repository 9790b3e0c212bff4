// Math functions with results that are exact in IEEE doubles.
console.log(Math.sin(Math.PI / 2), Math.cos(Math.PI), Math.tan(0));
console.log(Math.asin(1) * 2 === Math.PI, Math.acos(1), Math.atan(Infinity) * 2 === Math.PI);
console.log(Math.atan2(1, 1) * 4 === Math.PI, Math.atan2(0, -1) === Math.PI);
console.log(Math.exp(1) === Math.E, Math.log(Math.E), Math.log(Math.exp(2)));
console.log(Math.sqrt(0), Math.sqrt(Infinity), Math.sqrt(1e-300) > 0);
console.log(Math.pow(2, -1074), Math.pow(2, -1075), Math.pow(2, 10));
console.log(Math.LOG2E * Math.LN2, Math.LOG10E * Math.LN10, Math.SQRT1_2 * Math.SQRT2);
console.log(Math.abs(Math.sin(Math.PI)) < 1e-15, Math.floor(Math.log(8) / Math.LN2 + 1e-9));
console.log(Math.exp(-Infinity), Math.exp(Infinity), Math.log(Infinity), Math.sqrt(NaN));
