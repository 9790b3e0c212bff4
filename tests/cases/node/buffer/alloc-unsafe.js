var a = Buffer.allocUnsafe(5).fill(0);
var b = Buffer.allocUnsafeSlow(3).fill(1);
console.log(a, b, a.length, Buffer.isBuffer(b));
