console.log(new Uint8Array(120));
console.log(new Float32Array(30).map(function (x, i) { return i * 1.25; }));
