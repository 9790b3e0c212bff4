// Wrong key or bad padding: OpenSSL's errors as node shows them.
var crypto = require('crypto');
var key = Buffer.alloc(16, 1), iv = Buffer.alloc(16, 2);
var c = crypto.createCipheriv('aes-128-cbc', key, iv);
var ct = Buffer.concat([c.update('secret'), c.final()]);
var d = crypto.createDecipheriv('aes-128-cbc', Buffer.alloc(16, 5), iv);
d.update(ct);
try { d.final(); } catch (e) { console.log(e.message, e.code, e.reason, e.library, Object.keys(e)); }
var d2 = crypto.createDecipheriv('aes-128-cbc', key, iv);
d2.update(ct.slice(0, 10));
try { d2.final(); } catch (e) { console.log(e.message, e.code); }
var c2 = crypto.createCipheriv('aes-128-cbc', key, iv).setAutoPadding(false);
c2.update('not a block');
try { c2.final(); } catch (e) { console.log(e.message, e.code); }
var d3 = crypto.createDecipheriv('aes-128-ecb', key, null);
try { d3.final(); } catch (e) { console.log(e.message, e.code); }
