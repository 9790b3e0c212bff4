// Digest names are case-insensitive and have the RSA- aliases.
var crypto = require('crypto');
['SHA256', 'Sha256', 'RSA-SHA256', 'sha256WithRSAEncryption', 'MD5', 'RSA-MD5', 'ssl3-sha1', 'SHA512', 'RSA-SHA384'].forEach(function (n) {
  console.log(n, crypto.createHash(n).update('x').digest('hex'));
});
