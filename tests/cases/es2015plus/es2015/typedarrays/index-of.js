var a = new Uint8Array([1, 2, 3, 2, 1]);
console.log(a.indexOf(2), a.indexOf(2, 2), a.lastIndexOf(2), a.lastIndexOf(1, -2), a.indexOf(9), a.indexOf('2'));
console.log(new Float32Array([NaN]).indexOf(NaN), new Float32Array([NaN]).includes(NaN));
