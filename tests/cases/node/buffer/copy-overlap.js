var a = Buffer.from('abcdefgh');
a.copy(a, 2, 0, 5);
console.log(a.toString());
var c = Buffer.from('abcdefgh');
c.copy(c, 0, 3);
console.log(c.toString());
