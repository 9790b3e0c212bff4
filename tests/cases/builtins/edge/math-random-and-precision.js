// Math.random stays in [0, 1) and is not constant; Math functions keep full double precision.
var min = 1, max = 0, distinct = {};
for (var i = 0; i < 10000; i++) { var r = Math.random(); if (r < min) min = r; if (r > max) max = r; distinct[r] = 1; }
console.log(min >= 0, max < 1, Object.keys(distinct).length > 9990, min < 0.01, max > 0.99);
console.log(Math.sqrt(2), Math.exp(1) === Math.E, Math.log(Math.E), Math.PI.toFixed(15), Math.SQRT2 === Math.sqrt(2), Math.LN2, Math.LOG10E);
console.log(0.1 * 3, 0.7 + 0.1, 1.1 * 1.1, 9007199254740992 + 1, 9007199254740993, 2 ** 0.5 === Math.SQRT2);
console.log(Math.floor(-5e-324), Math.ceil(5e-324), Math.round(4503599627370495.5), Math.round(-4503599627370495.5), Math.trunc(1e300));
