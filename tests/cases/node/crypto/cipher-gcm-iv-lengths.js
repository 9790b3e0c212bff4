// GCM with IVs other than 12 bytes (J0 from GHASH of the IV).
var crypto = require('crypto');
var key = Buffer.alloc(16, 7);
[1, 8, 16, 60].forEach(function (n) {
  var iv = Buffer.alloc(n, 0x5a);
  var c = crypto.createCipheriv('aes-128-gcm', key, iv);
  var ct = Buffer.concat([c.update('gcm with odd iv'), c.final()]);
  var tag = c.getAuthTag();
  console.log(n, ct.toString('hex'), tag.toString('hex'));
  var d = crypto.createDecipheriv('aes-128-gcm', key, iv);
  d.setAuthTag(tag);
  console.log(d.update(ct, undefined, 'utf8') + d.final('utf8'));
});
