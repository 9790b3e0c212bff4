var [x, y, ...rest] = new Int8Array([1, 2, 3, 4]);
console.log(x, y, rest, Math.max(...new Float32Array([1, 5, 3])), Array.from(new Uint8Array([4, 5])));
