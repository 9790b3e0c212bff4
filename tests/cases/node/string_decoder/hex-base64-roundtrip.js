// hex and base64 output of a decoder fed in pieces equals Buffer#toString of the whole.
var StringDecoder = require('string_decoder').StringDecoder;
var buf = Buffer.from('The quick brown fox jumps over the lazy dog, 0123456789!');
['hex', 'base64', 'base64url', 'latin1'].forEach(function (enc) {
  var ok = true;
  for (var size = 1; size <= 7; size++) {
    var d = new StringDecoder(enc);
    var out = '';
    for (var i = 0; i < buf.length; i += size) out += d.write(buf.slice(i, i + size));
    out += d.end();
    if (out !== buf.toString(enc)) ok = false;
  }
  console.log(enc, ok);
});
