// decoder.text(buf, offset) decodes from an offset, dropping what was buffered.
var StringDecoder = require('string_decoder').StringDecoder;
var d = new StringDecoder('utf8');
d.write(Buffer.from([0xE2]));
console.log(JSON.stringify(d.text(Buffer.from('xx€yy'), 2)), JSON.stringify(d.end()));
