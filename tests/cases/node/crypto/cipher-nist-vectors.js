// NIST SP 800-38A example vectors (first block) for ECB, CBC, CTR, OFB and CFB128 with AES-128.
var crypto = require('crypto');
var key = Buffer.from('2b7e151628aed2a6abf7158809cf4f3c', 'hex');
var pt = Buffer.from('6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51', 'hex');
[['aes-128-ecb', null], ['aes-128-cbc', '000102030405060708090a0b0c0d0e0f'], ['aes-128-ctr', 'f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff'],
  ['aes-128-ofb', '000102030405060708090a0b0c0d0e0f'], ['aes-128-cfb', '000102030405060708090a0b0c0d0e0f']].forEach(function (t) {
  var c = crypto.createCipheriv(t[0], key, t[1] && Buffer.from(t[1], 'hex'));
  c.setAutoPadding(false);
  console.log(t[0], c.update(pt).toString('hex') + c.final('hex'));
});
