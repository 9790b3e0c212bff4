var b = Buffer.alloc(4);
console.log(b.write('a€'), b);
b.fill(0);
console.log(b.write('ab€'), b);
var c = Buffer.alloc(3);
console.log(c.write('😀'), c, Buffer.alloc(3).write('abc', 0, 2, 'ucs2'));
