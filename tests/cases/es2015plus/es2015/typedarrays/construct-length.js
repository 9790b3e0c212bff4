var a = new Uint8Array(4);
console.log(a.length, a.byteLength, a.byteOffset, a[0], a[3], a[4]);
console.log(new Float64Array(2).byteLength, new Int32Array(0).length);
