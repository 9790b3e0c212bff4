// aes128/aes192/aes256 are CBC; names are case-insensitive.
var crypto = require('crypto');
[['aes128', 16], ['aes192', 24], ['aes256', 32]].forEach(function (t) {
  var key = Buffer.alloc(t[1], 3), iv = Buffer.alloc(16, 4);
  var a = crypto.createCipheriv(t[0], key, iv).update('alias check, two blocks long!!!!').toString('hex');
  var b = crypto.createCipheriv('aes-' + (t[1] * 8) + '-cbc', key, iv).update('alias check, two blocks long!!!!').toString('hex');
  var u = crypto.createCipheriv(t[0].toUpperCase(), key, iv).update('alias check, two blocks long!!!!').toString('hex');
  console.log(t[0], a === b, a === u, a);
});
