// getAuthTag only after final; setAuthTag only on deciphers.
var crypto = require('crypto');
var key = Buffer.alloc(16), iv = Buffer.alloc(12);
var c = crypto.createCipheriv('aes-128-gcm', key, iv);
try { c.getAuthTag(); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(typeof c.setAuthTag, typeof crypto.createDecipheriv('aes-128-gcm', key, iv).getAuthTag);
c.final();
console.log(c.getAuthTag().toString('hex'));
var cbc = crypto.createCipheriv('aes-128-cbc', key, Buffer.alloc(16));
cbc.final();
try { cbc.getAuthTag(); } catch (e) { console.log(e.code, e.message); }
