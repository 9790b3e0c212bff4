// aes-128-cbc: encrypt inputs of several lengths, print the ciphertext, decrypt it back.
var crypto = require('crypto');
var key = Buffer.alloc(16);
for (var i = 0; i < key.length; i++) key[i] = (i * 37 + 11) & 0xff;
var iv = Buffer.alloc(16);
for (var j = 0; j < iv.length; j++) iv[j] = 255 - j * 3;
[0, 1, 15, 16, 17, 31, 32, 33, 100].forEach(function (n) {
  var plain = Buffer.alloc(n);
  for (var k = 0; k < n; k++) plain[k] = (k * 13) & 0xff;
  var c = crypto.createCipheriv('aes-128-cbc', key, iv);
  
  var enc = Buffer.concat([c.update(plain.slice(0, n >> 1)), c.update(plain.slice(n >> 1)), c.final()]);
  
  console.log(n, enc.toString('hex'));
  var d = crypto.createDecipheriv('aes-128-cbc', key, iv);
  
  var dec = Buffer.concat([d.update(enc), d.final()]);
  console.log(dec.equals(plain));
});
