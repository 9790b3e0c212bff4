function t(f) { try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message); } }
var buffer = require('buffer');
console.log(Buffer.alloc(60));
buffer.INSPECT_MAX_BYTES = 4;
console.log(Buffer.from('hello world'), Buffer.from('abcd'), Buffer.from('abcde'));
t(() => { buffer.INSPECT_MAX_BYTES = -1; });
t(() => { buffer.INSPECT_MAX_BYTES = '3'; });
