// -0 converts to the string "0" everywhere except where a sign is inspected.
var nz = -0;
console.log(String(nz), nz + "", nz.toString(), [nz].join());
console.log(JSON.stringify(nz), JSON.stringify([nz]));
console.log(nz.toFixed(2), (-0.0001).toFixed(2), (-0.5).toFixed(0));
console.log((nz).toString(2), (-0).toString(16));
console.log(1 / nz < 0, Math.abs(nz) === 0, 1 / Math.abs(nz));
console.log(Object.is ? "has is" : "no is");
var o = {};
o[nz] = "key";
console.log(Object.keys(o)[0], o[0]);
console.log(isNaN(nz), nz === 0);
