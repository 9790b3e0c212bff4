// timingSafeEqual compares bytes of equal-length inputs.
var crypto = require('crypto');
console.log(crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')));
console.log(crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abd')));
console.log(crypto.timingSafeEqual(new Uint8Array([1, 2]), Buffer.from([1, 2])));
console.log(crypto.timingSafeEqual(Buffer.alloc(0), Buffer.alloc(0)));
console.log(crypto.timingSafeEqual(new Uint16Array([1]), new Uint8Array([1, 0])));
try { crypto.timingSafeEqual(Buffer.alloc(1), Buffer.alloc(2)); } catch (e) { console.log(e.name, e.code, e.message); }
try { crypto.timingSafeEqual('a', 'a'); } catch (e) { console.log(e.name, e.code, e.message); }
