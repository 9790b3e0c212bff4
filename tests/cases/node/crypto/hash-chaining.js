// update() returns the hash, so calls chain; many small updates equal one big one.
var crypto = require('crypto');
var h = crypto.createHash('sha1');
console.log(h.update('a') === h);
var parts = crypto.createHash('sha512');
for (var i = 0; i < 100; i++) parts.update(String(i));
var whole = '';
for (var j = 0; j < 100; j++) whole += j;
console.log(parts.digest('hex') === crypto.createHash('sha512').update(whole).digest('hex'));
console.log(crypto.createHash('sha256').update('').digest('hex'));
