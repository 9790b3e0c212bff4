console.log(Buffer.from(new Uint16Array([1, 256, 513])), Buffer.from(new Float64Array([1.5, 300])));
console.log(Buffer.from(new Uint16Array([1, 2]).buffer));
