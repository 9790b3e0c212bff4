var o = { length: 3, 0: 5, 1: '6', 2: 'x' };
console.log(new Float32Array(o).join());
console.log(new Uint8Array({ length: 2 }).join());
