function t(f) { try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message); } }
t(() => Buffer.from('x', 'nope'));
t(() => Buffer.from('', 'nope'));
console.log(Buffer.from('x', '').length, Buffer.from('x', null).length);
