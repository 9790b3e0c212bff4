// hex, latin1 (binary) and ascii decode every write at once.
var StringDecoder = require('string_decoder').StringDecoder;
['hex', 'latin1', 'binary', 'ascii'].forEach(function (enc) {
  var d = new StringDecoder(enc);
  var a = d.write(Buffer.from([0x00, 0x7F, 0x80, 0xE9, 0xFF]));
  console.log(enc, d.encoding, JSON.stringify(a), JSON.stringify(d.end()), d.lastNeed, d.lastTotal);
});
