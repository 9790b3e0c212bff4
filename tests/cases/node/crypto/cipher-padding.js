// PKCS#7 padding: output sizes of update/final, and setAutoPadding(false).
var crypto = require('crypto');
var key = Buffer.alloc(16, 9), iv = Buffer.alloc(16, 8);
[0, 5, 16, 20, 32].forEach(function (n) {
  var c = crypto.createCipheriv('aes-128-cbc', key, iv);
  var u = c.update(Buffer.alloc(n, 1));
  var f = c.final();
  console.log(n, u.length, f.length);
  var d = crypto.createDecipheriv('aes-128-cbc', key, iv);
  var du = d.update(Buffer.concat([u, f]));
  console.log(' decipher', du.length, d.final().length);
});
var np = crypto.createCipheriv('aes-128-ecb', key, null).setAutoPadding(false);
console.log(np.update(Buffer.alloc(32, 2)).toString('hex'), np.final().length);
var dn = crypto.createDecipheriv('aes-128-cbc', key, iv);
dn.setAutoPadding(false);
var raw = dn.update(Buffer.alloc(16, 3));
console.log(raw.length, dn.final().length);
