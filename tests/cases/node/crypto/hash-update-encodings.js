// update(string, inputEncoding) decodes the string first.
var crypto = require('crypto');
[['616263', 'hex'], ['YWJj', 'base64'], ['abc', 'latin1'], ['abc', 'binary'], ['abc', 'utf8'], ['abc', 'ascii'],
  ['\u00e9', 'latin1'], ['\u00e9', 'utf8'], ['\u00e9', undefined], ['abc', 'utf16le']].forEach(function (t) {
  console.log(t[1], crypto.createHash('md5').update(t[0], t[1]).digest('hex'));
});
