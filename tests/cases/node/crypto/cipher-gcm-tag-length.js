// authTagLength and short tags.
var crypto = require('crypto');
var key = Buffer.alloc(16, 3), iv = Buffer.alloc(12, 4);
var c = crypto.createCipheriv('aes-128-gcm', key, iv, { authTagLength: 8 });
var ct = Buffer.concat([c.update('short tag'), c.final()]);
var tag = c.getAuthTag();
console.log(tag.length, tag.toString('hex'));
var d = crypto.createDecipheriv('aes-128-gcm', key, iv, { authTagLength: 8 });
d.setAuthTag(tag);
console.log(d.update(ct, undefined, 'utf8') + d.final('utf8'));
try { crypto.createCipheriv('aes-128-gcm', key, iv, { authTagLength: 5 }); } catch (e) { console.log(e.name, e.code, e.message); }
try { crypto.createDecipheriv('aes-128-gcm', key, iv).setAuthTag(Buffer.alloc(3)); } catch (e) { console.log(e.name, e.code, e.message); }
