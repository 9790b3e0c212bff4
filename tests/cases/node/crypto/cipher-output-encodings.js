// update/final with input and output encodings; base64 and utf8 stay whole across calls.
var crypto = require('crypto');
var key = Buffer.alloc(24, 4), iv = Buffer.alloc(16, 6);
['hex', 'base64', 'latin1', 'binary', 'base64url'].forEach(function (enc) {
  var c = crypto.createCipheriv('aes-192-cbc', key, iv);
  var out = c.update('encode me please, twenty-seven', 'utf8', enc) + c.update('more', 'utf8', enc) + c.final(enc);
  console.log(enc, out);
  var d = crypto.createDecipheriv('aes-192-cbc', key, iv);
  console.log(d.update(out, enc, 'utf8') + d.final('utf8'));
});
var ctr = crypto.createCipheriv('aes-192-ctr', key, iv);
var parts = [ctr.update('abcdefg', 'utf8', 'base64'), ctr.update('hi', 'utf8', 'base64'), ctr.final('base64')];
console.log(JSON.stringify(parts), parts.join(''));
var dctr = crypto.createDecipheriv('aes-192-ctr', key, iv);
var u = dctr.update(Buffer.from('\u00e9\u00e9\u00e9'), undefined, 'hex');
console.log(u);
