// Sign-preserving identities: trunc(x) = sign(x) * floor(abs(x)), checked on many values.
var vals = [-5.5, -1, -0.3, -0, 0, 0.3, 1, 5.5, 1e20, -1e20, 4503599627370495.5];
var ok = vals.every(function (x) { return Object.is(Math.trunc(x), Math.sign(x) * Math.floor(Math.abs(x))) || (x === 0); });
console.log(ok);
vals.forEach(function (x) { console.log(x, Math.trunc(x), Math.sign(x) * Math.floor(Math.abs(x)), Math.round(x), -Math.round(-x)); });
