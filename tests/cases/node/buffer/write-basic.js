var b = Buffer.alloc(8);
console.log(b.write('hello'), b);
console.log(b.write('xy', 6), b);
console.log(b.write('abcdef', 2, 3), b);
