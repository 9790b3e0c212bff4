// getHashes includes the common digests, each of which works.
var crypto = require('crypto');
var list = crypto.getHashes();
['md5', 'sha1', 'sha256', 'sha384', 'sha512', 'RSA-SHA256'].forEach(function (n) {
  console.log(n, list.indexOf(n) >= 0, crypto.createHash(n).update('x').digest('hex').length);
});
console.log(list.slice().sort().join() === list.join());
