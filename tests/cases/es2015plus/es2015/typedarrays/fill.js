console.log(new Uint8Array(5).fill(7).join(), new Uint8Array(5).fill(1, 1, 3).join(), new Uint8Array(5).fill(2, -2).join());
console.log(new Float32Array(3).fill(1.5).join(), new Uint8Array(3).fill(257).join());
