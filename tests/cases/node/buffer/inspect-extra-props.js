var b = Buffer.from('ab');
b.foo = 1;
b.bar = 'x';
console.log(b);
var e = Buffer.alloc(0);
e.z = true;
console.log(e);
