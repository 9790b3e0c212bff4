// The cipher classes.
var crypto = require('crypto');
var stream = require('stream');
var c = crypto.createCipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(16));
console.log(c instanceof crypto.Cipheriv, c instanceof stream.Transform, typeof crypto.Cipheriv, crypto.Cipheriv.name);
var d = crypto.Decipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(16));
console.log(d instanceof crypto.Decipheriv, c.setAutoPadding() === c);
c.final();
try { c.update('x'); } catch (e) { console.log(e.code, e.message); }
try { c.final(); } catch (e) { console.log(e.code, e.message); }
