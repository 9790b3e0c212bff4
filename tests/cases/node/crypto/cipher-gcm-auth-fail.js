// A wrong tag, changed ciphertext or changed AAD fails final().
var crypto = require('crypto');
var key = Buffer.alloc(32, 1), iv = Buffer.alloc(12, 2);
var c = crypto.createCipheriv('aes-256-gcm', key, iv);
c.setAAD(Buffer.from('aad'));
var ct = Buffer.concat([c.update('authenticated'), c.final()]);
var tag = c.getAuthTag();
function attempt(label, ctx, aad, t) {
  var d = crypto.createDecipheriv('aes-256-gcm', key, iv);
  d.setAAD(Buffer.from(aad));
  if (t) d.setAuthTag(t);
  var out = d.update(ctx);
  try { d.final(); console.log(label, 'ok', out.toString()); } catch (e) { console.log(label, e.message, Object.keys(e)); }
}
attempt('good', ct, 'aad', tag);
var bad = Buffer.from(ct); bad[0] ^= 1;
attempt('ciphertext', bad, 'aad', tag);
attempt('aad', ct, 'AAD', tag);
var badTag = Buffer.from(tag); badTag[15] ^= 1;
attempt('tag', ct, 'aad', badTag);
attempt('no tag', ct, 'aad', null);
