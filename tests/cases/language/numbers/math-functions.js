// Math functions with exact results at special points.
console.log(Math.sqrt(16), Math.sqrt(2), Math.sqrt(-1), Math.sqrt(-0));
console.log(Math.pow(2, 10), Math.pow(2, -1), Math.pow(2, 0.5), Math.pow(-8, 1 / 3));
console.log(Math.pow(NaN, 0), Math.pow(1, Infinity), Math.pow(0, -1), Math.pow(-0, -1));
console.log(Math.pow(-2, 3), Math.pow(10, 21), Math.pow(4, 0.5));
console.log(Math.abs(-0) === 0, Math.max(1, "3", 2), Math.min("a", 1));
console.log(Math.sin(0), Math.cos(0), Math.atan2(0, -0), Math.atan2(-0, 0));
console.log(Math.exp(0), Math.log(1), Math.log(0), Math.log(-1));
console.log(Math.PI, Math.E, Math.SQRT2, Math.LN2);
console.log(Math.floor(Math.log(1000) / Math.LN10));
