// update() takes any ArrayBufferView, by its bytes.
var crypto = require('crypto');
var bytes = Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]);
[bytes, new Uint8Array(bytes), new Uint16Array(bytes.buffer, bytes.byteOffset, 4), new DataView(bytes.buffer, bytes.byteOffset, 8),
  new Float64Array(bytes.buffer, bytes.byteOffset, 1), bytes.subarray(2, 6)].forEach(function (v) {
  console.log(Object.prototype.toString.call(v), crypto.createHash('sha1').update(v).digest('hex'));
});
