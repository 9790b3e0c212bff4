var a = Buffer.from('hello');
var s = a.slice(1, 3);
s[0] = 0x61;
console.log(a.toString(), s.toString(), s.length, s instanceof Buffer, s.buffer === a.buffer);
