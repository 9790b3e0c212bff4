function t(f) { try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message); } }
var b = Buffer.alloc(4);
t(() => b.write(5));
t(() => b.write('ab', 5));
t(() => b.write('ab', -1));
t(() => b.write('ab', 0, 9));
t(() => b.write('ab', 'nope'));
t(() => b.write('ab', 1.5));
