console.log(new Int8Array([1, -1, 127, 128, 255, 256]).join());
console.log(new Uint16Array([65535, 65536, -1]).join());
