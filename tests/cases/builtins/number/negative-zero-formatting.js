// -0 prints as 0 everywhere except where it is detected with Object.is or division.
var z = -0;
console.log(String(z), z + "", z.toString(), z.toString(2), z.toFixed(2), z.toPrecision(3));
console.log(z.toExponential(2), JSON.stringify(z), JSON.stringify([z]), [z].join());
console.log(1 / z, Object.is(z, 0), Object.is(z, -0), z === 0);
console.log(1 / Math.round(-0.4), 1 / Math.ceil(-0.5), 1 / (-1 % 1), 1 / (0 * -5));
console.log(1 / Number("-0"), 1 / parseFloat("-0"), 1 / JSON.parse("-0"));
console.log((-0.0000001).toFixed(2), 1 / Number((-0.0000001).toFixed(2)));
console.log((-1e-7).toString(), (-1e-7).toPrecision(1));
