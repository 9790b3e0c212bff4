function t(f) { try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message); } }
var b = Buffer.from('ab');
t(() => b.toString('nope'));
t(() => b.toString(null));
t(() => b.toString(''));
