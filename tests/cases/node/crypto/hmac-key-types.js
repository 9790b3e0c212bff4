// HMAC keys as strings, Buffers, typed arrays and ArrayBuffers.
var crypto = require('crypto');
var k = Buffer.from('secret key');
[k.toString(), k, new Uint8Array(k), k.buffer.slice(k.byteOffset, k.byteOffset + k.length), new DataView(k.buffer, k.byteOffset, k.length)].forEach(function (key) {
  console.log(Object.prototype.toString.call(key), crypto.createHmac('sha256', key).update('msg').digest('hex'));
});
console.log(crypto.createHmac('sha256', '\u00e9').update('x').digest('hex'));
