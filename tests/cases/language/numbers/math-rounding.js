// Math.round, floor, ceil and the sign of zero results.
console.log(Math.round(2.5), Math.round(-2.5), Math.round(3.5), Math.round(-3.5));
console.log(Math.round(0.49999999999999994), Math.round(-0.5), 1 / Math.round(-0.5));
console.log(Math.floor(-1.5), Math.ceil(-1.5), Math.floor(1.5), Math.ceil(1.2));
console.log(1 / Math.ceil(-0.5), 1 / Math.floor(0.5));
console.log(Math.round("2.7"), Math.floor(null), Math.ceil(undefined));
console.log(Math.round(1e20 + 0.5), Math.round(NaN), Math.round(-Infinity));
console.log(Math.abs(-7.5), Math.abs("-3"), Math.abs(null), Math.abs([]));
console.log(Math.max(), Math.min(), Math.max(-0, 0), 1 / Math.min(0, -0));
console.log(Math.round(0.5), Math.round(1.5), Math.round(-1.5), Math.round(2.4999));
