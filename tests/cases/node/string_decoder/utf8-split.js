// UTF-8 characters split across writes come out whole, once complete.
var StringDecoder = require('string_decoder').StringDecoder;
var d = new StringDecoder('utf8');
var bytes = Buffer.from('a€b😀c', 'utf8');
var out = [];
for (var i = 0; i < bytes.length; i++) out.push(JSON.stringify(d.write(bytes.slice(i, i + 1))) + ':' + d.lastNeed + '/' + d.lastTotal);
console.log(out.join(' '));
console.log(JSON.stringify(d.end()));
var d2 = new StringDecoder();
console.log(JSON.stringify(d2.write(Buffer.from([0xF0, 0x9F]))), JSON.stringify(d2.write(Buffer.from([0x98, 0x80, 0x41]))));
