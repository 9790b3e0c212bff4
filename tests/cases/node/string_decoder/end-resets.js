// end() flushes what is buffered and the decoder can be reused afterwards.
var StringDecoder = require('string_decoder').StringDecoder;
var d = new StringDecoder('utf8');
console.log(JSON.stringify(d.write(Buffer.from([0xE2, 0x82]))), d.lastNeed, d.lastTotal);
console.log(JSON.stringify(d.end()), d.lastNeed, d.lastTotal);
console.log(JSON.stringify(d.write(Buffer.from('ok'))));
console.log(JSON.stringify(d.end(Buffer.from([0xC3]))));
console.log(d.lastChar.length, Buffer.isBuffer(d.lastChar));
