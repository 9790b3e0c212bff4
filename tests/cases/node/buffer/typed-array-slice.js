var b = Buffer.from('abcd');
var s = Uint8Array.prototype.slice.call(b, 1, 3);
s[0] = 0x7a;
console.log(s, b.toString(), s instanceof Buffer);
