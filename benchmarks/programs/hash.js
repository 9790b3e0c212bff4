// hash: sha256 (and md5, sha1, sha512 once each) over a 64 MB buffer, fed in 1 MiB updates
// and then in one call, plus 20,000 small HMACs; prints the digests.
var crypto = require('crypto');

var SIZE = 64 * 1024 * 1024;
var data = Buffer.alloc(SIZE);
for (var i = 0; i < SIZE; i += 4) data.writeUInt32LE((i * 2654435761) >>> 0, i);

var h = crypto.createHash('sha256');
for (var off = 0; off < SIZE; off += 1 << 20) h.update(data.subarray(off, off + (1 << 20)));
console.log('sha256 chunks', h.digest('hex'));
console.log('sha256 whole ', crypto.createHash('sha256').update(data).digest('hex'));
['md5', 'sha1', 'sha512'].forEach(function (alg) {
  console.log(alg, crypto.createHash(alg).update(data).digest('hex').slice(0, 32));
});
var acc = crypto.createHash('sha1');
for (var k = 0; k < 20000; k++) acc.update(crypto.createHmac('sha256', 'key' + (k % 17)).update('message ' + k).digest());
console.log('hmacs', acc.digest('hex'));
