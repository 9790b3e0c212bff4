// createHash('sha1'): digests of known inputs, in hex and base64.
var crypto = require('crypto');
['', 'abc', 'The quick brown fox jumps over the lazy dog', 'a'.repeat(1000), '\u00e9\u2713 unicode'].forEach(function (s) {
  console.log(JSON.stringify(s.slice(0, 20)), crypto.createHash('sha1').update(s).digest('hex'));
  console.log(crypto.createHash('sha1').update(Buffer.from(s)).digest('base64'));
});
