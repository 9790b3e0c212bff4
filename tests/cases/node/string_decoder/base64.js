// base64 and base64url: groups of three bytes, the rest padded at end().
var StringDecoder = require('string_decoder').StringDecoder;
['base64', 'base64url'].forEach(function (enc) {
  var d = new StringDecoder(enc);
  var out = [];
  [[0xFB], [0xFF, 0xBF], [1, 2, 3, 4], [5]].forEach(function (c) {
    out.push(JSON.stringify(d.write(Buffer.from(c))));
  });
  out.push(JSON.stringify(d.end()));
  console.log(enc, out.join(' '));
  console.log(JSON.stringify(d.end(Buffer.from('hello'))));
});
