// encode/decode round trip over scripts from many languages.
var punycode = require('punycode');
['bücher', 'münchen', 'españa', '日本語', '한국어', 'ελληνικά', 'русский', 'עברית', 'العربية', 'हिन्दी', 'ไทย', '😀🎉', 'aé-b', 'ÄÖÜ'].forEach(function (s) {
  var e = punycode.encode(s);
  console.log(s, e, punycode.decode(e) === s);
});
