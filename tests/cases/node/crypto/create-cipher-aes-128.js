// createCipher/createDecipher (v0.8's password API, deprecated DEP0106): key and IV come
// from OpenSSL's EVP_BytesToKey with MD5, one iteration, no salt.
process.noDeprecation = true;
var crypto = require('crypto');
['password', 'p', 'a much longer password than one md5 block'].forEach(function (pw) {
  var c = crypto.createCipher('aes-128-cbc', pw);
  var ct = c.update('The v0.8 cipher API', 'utf8', 'hex') + c.final('hex');
  console.log(pw, ct);
  var d = crypto.createDecipher('aes-128-cbc', pw);
  console.log(d.update(ct, 'hex', 'utf8') + d.final('utf8'));
});
var e = crypto.createCipher('aes-128-ecb', Buffer.from('buffer password'));
console.log(e.update('ecb mode', 'utf8', 'base64') + e.final('base64'));
