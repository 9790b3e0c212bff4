// The million-'a' vectors (FIPS 180) fed in pieces.
var crypto = require('crypto');
['md5', 'sha1', 'sha256', 'sha512'].forEach(function (alg) {
  var h = crypto.createHash(alg);
  var piece = 'a'.repeat(1000);
  for (var i = 0; i < 1000; i++) h.update(piece);
  console.log(alg, h.digest('hex'));
});
