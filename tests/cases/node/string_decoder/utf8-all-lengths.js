// Characters of 1 to 4 UTF-8 bytes, each written one byte at a time.
var StringDecoder = require('string_decoder').StringDecoder;
['A', 'ß', '€', '𝄞'].forEach(function (ch) {
  var d = new StringDecoder('utf8');
  var bytes = Buffer.from(ch);
  var parts = [];
  for (var i = 0; i < bytes.length; i++) parts.push(JSON.stringify(d.write(bytes.slice(i, i + 1))) + d.lastNeed);
  console.log(ch, bytes.length, parts.join(' '));
});
