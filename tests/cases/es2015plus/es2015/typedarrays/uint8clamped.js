var c = new Uint8ClampedArray(8);
[300, -5, 1.5, 2.5, 254.5, 0.5, NaN, Infinity].forEach(function (v, i) { c[i] = v; });
console.log(c.join());
