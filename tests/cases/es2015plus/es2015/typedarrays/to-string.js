console.log(String(new Uint8Array([1, 2])), new Float64Array([0.5]) + '', `${new Int8Array([-1])}`);
console.log(new Uint8Array([1, 1000]).toLocaleString());
