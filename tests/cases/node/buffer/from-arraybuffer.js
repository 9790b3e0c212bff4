function t(f) { try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message); } }
var ab = new ArrayBuffer(6);
var b = Buffer.from(ab, 2, 3);
b[0] = 9;
console.log(b.length, new Uint8Array(ab)[2], Buffer.from(ab).length, Buffer.from(ab, 4).length);
t(() => Buffer.from(ab, 7));
t(() => Buffer.from(ab, 1, 9));
