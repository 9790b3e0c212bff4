function t(f) { try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message); } }
console.log(Buffer.byteLength('héllo'), Buffer.byteLength('héllo', 'latin1'), Buffer.byteLength('abc', 'ucs2'), Buffer.byteLength('aGVsbG8=', 'base64'));
console.log(Buffer.byteLength('abcd', 'hex'), Buffer.byteLength('😀'), Buffer.byteLength('x', 'bogus'), Buffer.byteLength(Buffer.alloc(7)), Buffer.byteLength(new ArrayBuffer(3)));
t(() => Buffer.byteLength(5));
