// crypto.DEFAULT_ENCODING as the v0.8.16 manual documents it: 'buffer' by default; set to
// 'hex' (or another encoding), digest(), sign() and the DH getters return strings in it.
// node 20 removed the property, so the expectation follows the manual, recorded by hand.
// update() takes DEFAULT_ENCODING as its input encoding too, so the cases pass 'utf8' explicitly.
var crypto = require('crypto');
console.log(crypto.DEFAULT_ENCODING);
console.log(Buffer.isBuffer(crypto.createHash('md5').update('a', 'utf8').digest()));
crypto.DEFAULT_ENCODING = 'hex';
console.log(crypto.createHash('md5').update('a', 'utf8').digest());
console.log(crypto.createHmac('sha1', 'k').update('a', 'utf8').digest());
var g = crypto.getDiffieHellman('modp1');
console.log(g.getGenerator());
crypto.DEFAULT_ENCODING = 'buffer';
console.log(Buffer.isBuffer(crypto.createHash('md5').update('a', 'utf8').digest()));
