// The v0.8 functions are there.
var crypto = require('crypto');
['createHash', 'createHmac', 'createCipheriv', 'createDecipheriv', 'pbkdf2', 'pbkdf2Sync', 'randomBytes',
  'getCiphers', 'getHashes', 'timingSafeEqual', 'randomUUID', 'randomInt', 'createCipher', 'createDecipher',
  'pseudoRandomBytes'].forEach(function (n) { console.log(n, typeof crypto[n]); });
console.log(Object.keys(crypto).indexOf('createCipher'), Object.keys(crypto).indexOf('createHash') >= 0);
