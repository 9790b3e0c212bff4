// pbkdf2 with a callback.
var crypto = require('crypto');
crypto.pbkdf2('password', 'salt', 1000, 32, 'sha256', function (err, key) {
  console.log('callback', err, Buffer.isBuffer(key), key.toString('hex'));
});
console.log('before callback');
