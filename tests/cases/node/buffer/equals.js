function t(f) { try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message); } }
var a = Buffer.from('abc');
console.log(a.equals(Buffer.from('abc')), a.equals(Buffer.from('abd')), a.equals(new Uint8Array([97, 98, 99])), a.equals(a));
t(() => a.equals('abc'));
