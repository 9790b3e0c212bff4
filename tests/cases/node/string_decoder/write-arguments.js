// write() passes strings through and rejects what is not a Buffer or typed array.
var StringDecoder = require('string_decoder').StringDecoder;
var d = new StringDecoder('utf8');
console.log(d.write('already a string'), JSON.stringify(d.write(Buffer.alloc(0))));
console.log(d.write(new Uint8Array([0x68, 0x69])), d.write(new DataView(new Uint8Array([0x6F, 0x6B]).buffer)));
[5, null, [1, 2], {}].forEach(function (v) {
  try {
    d.write(v);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
});
console.log(JSON.stringify(d.end()), JSON.stringify(d.end('tail')));
