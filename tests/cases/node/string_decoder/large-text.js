// A long multi-byte text fed in chunks of every size decodes to the original.
var StringDecoder = require('string_decoder').StringDecoder;
var text = '';
for (var i = 0; i < 200; i++) text += 'x' + String.fromCharCode(0x100 + i) + '€😀';
var bytes = Buffer.from(text, 'utf8');
var ok = true;
for (var size = 1; size <= 9; size++) {
  var d = new StringDecoder('utf8');
  var out = '';
  for (var p = 0; p < bytes.length; p += size) out += d.write(bytes.slice(p, p + size));
  out += d.end();
  if (out !== text) ok = false;
}
console.log(ok, bytes.length, text.length);
