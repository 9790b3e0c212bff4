// pbkdf2Sync with every digest, including md5 and key lengths across block boundaries.
var crypto = require('crypto');
['md5', 'sha1', 'sha256', 'sha384', 'sha512'].forEach(function (d) {
  [1, 16, 33, 64, 100].forEach(function (len) {
    console.log(d, len, crypto.pbkdf2Sync('secret', 'salty', 10, len, d).toString('hex'));
  });
});
console.log(crypto.pbkdf2Sync(Buffer.from('pw'), new Uint8Array([1, 2, 3]), 1, 0, 'sha256').length);
