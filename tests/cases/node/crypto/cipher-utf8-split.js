// Decrypting to utf8 keeps multi-byte characters whole across update calls.
var crypto = require('crypto');
var key = Buffer.alloc(16, 1), iv = Buffer.alloc(16, 2);
var text = '\u00e9\u2713\u00fc'.repeat(10);
var c = crypto.createCipheriv('aes-128-ctr', key, iv);
var ct = Buffer.concat([c.update(text), c.final()]);
var d = crypto.createDecipheriv('aes-128-ctr', key, iv);
var pieces = [];
for (var i = 0; i < ct.length; i += 5) pieces.push(d.update(ct.slice(i, i + 5), undefined, 'utf8'));
pieces.push(d.final('utf8'));
console.log(pieces.join('') === text, pieces.slice(0, 4));
