var buf = new ArrayBuffer(16);
var a = new Int32Array(buf, 4, 2);
a[0] = -1; a[1] = 258;
console.log(a.byteOffset, a.length, a.byteLength, new Uint8Array(buf).join());
console.log(new Int16Array(buf, 8).length);
