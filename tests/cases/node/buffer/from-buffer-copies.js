var a = Buffer.from('abc');
var b = Buffer.from(a);
b[0] = 0x7a;
console.log(a.toString(), b.toString());
