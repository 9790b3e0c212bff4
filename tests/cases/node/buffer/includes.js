function t(f) { try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message); } }
var b = Buffer.from('hello world');
console.log(b.includes('world'), b.includes('World'), b.includes(0x6f), b.includes('o', 8), b.includes(Buffer.from('lo w')), b.includes('776f', 'hex'));
t(() => b.indexOf({}));
t(() => b.indexOf('a', 0, 'nope'));
