var b = Buffer.from('abc');
var u = new Uint8Array(b);
u[0] = 0;
console.log(u, b.toString(), new Uint16Array(b).join(), new DataView(b.buffer, b.byteOffset, b.byteLength).getUint8(1));
