// Small allocUnsafe buffers are slices of one shared pool; large ones and allocUnsafeSlow are not.
var a = Buffer.allocUnsafe(10), b = Buffer.allocUnsafe(10);
console.log(a.buffer === b.buffer, a.buffer.byteLength === Buffer.poolSize, b.byteOffset - a.byteOffset);
var big = Buffer.allocUnsafe(Buffer.poolSize);
console.log(big.buffer.byteLength === Buffer.poolSize, big.byteOffset);
var slow = Buffer.allocUnsafeSlow(10);
console.log(slow.buffer.byteLength, slow.byteOffset);
a.fill(1); b.fill(2);
console.log(a[9], b[0], a.length, b.length);
