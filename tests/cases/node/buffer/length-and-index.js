var b = Buffer.from('abc');
console.log(b.length, b[0], b[3], b[-1]);
b[0] = 0x41; b[1] = 300; b[5] = 1;
console.log(b.toString(), b[1], b.length);
