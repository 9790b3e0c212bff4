// RFC 6070 PBKDF2-HMAC-SHA1 vectors.
var crypto = require('crypto');
[['password', 'salt', 1, 20], ['password', 'salt', 2, 20], ['password', 'salt', 4096, 20],
  ['passwordPASSWORDpassword', 'saltSALTsaltSALTsaltSALTsaltSALTsalt', 4096, 25],
  ['pass\u0000word', 'sa\u0000lt', 4096, 16]].forEach(function (v) {
  console.log(crypto.pbkdf2Sync(v[0], v[1], v[2], v[3], 'sha1').toString('hex'));
});
