var b = Buffer.alloc(5);
b.set([104, 105], 1);
b.set(Buffer.from('!'), 4);
console.log(b, b.toString('latin1', 1));
