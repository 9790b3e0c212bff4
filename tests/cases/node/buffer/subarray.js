var a = Buffer.from('abcdef');
var s = a.subarray(2);
s[0] = 0x5a;
console.log(a.toString(), s.toString(), s.constructor.name, a.subarray(-3, -1).toString());
