var a = Buffer.from('abcdef'), b = Buffer.alloc(4, '.');
console.log(a.copy(b), b.toString());
b.fill('.');
console.log(a.copy(b, 1, 2, 4), b.toString());
console.log(a.copy(b, 3), b.toString(), a.copy(b, 10), a.copy(b, 0, 4, 2));
