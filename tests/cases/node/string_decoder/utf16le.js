// utf16le (ucs2): odd bytes and surrogate pairs split across writes.
var StringDecoder = require('string_decoder').StringDecoder;
var d = new StringDecoder('utf16le');
var bytes = Buffer.from('aé😀z', 'utf16le');
var out = [];
for (var i = 0; i < bytes.length; i++) out.push(JSON.stringify(d.write(bytes.slice(i, i + 1))));
console.log(out.join(' '), JSON.stringify(d.end()));
var d2 = new StringDecoder('ucs2');
console.log(JSON.stringify(d2.write(Buffer.from([0x3D, 0xD8]))), JSON.stringify(d2.end()));
var d3 = new StringDecoder('utf-16le');
console.log(JSON.stringify(d3.write(Buffer.from([0x41, 0x00, 0x42]))), JSON.stringify(d3.end()), d3.encoding);
