var f = new Float64Array([1.7, -2.5, 300]);
console.log(new Int8Array(f).join(), new Uint8ClampedArray(f).join(), new Int32Array(f).join());
