// buffer: node's Buffer in loops — integer and float writes and reads at every width and
// byte order, string encoding and decoding (utf8, hex, base64), slices sharing memory, copy
// and indexOf; the checksum folds every result so no work can be skipped.
var size = 4096;
var buf = Buffer.alloc(size);
var checksum = 0;
for (var round = 0; round < 40; round++) {
  for (var i = 0; i + 16 <= size; i += 16) {
    buf.writeUInt32LE((i * 2654435761 + round) >>> 0, i);
    buf.writeInt16BE((i ^ round) - 30000, i + 4);
    buf.writeUInt8(i & 0xff, i + 6);
    buf.writeInt8(-(i & 0x7f), i + 7);
    buf.writeDoubleLE(i / 7 + round, i + 8);
  }
  var sum = 0;
  for (var j = 0; j + 16 <= size; j += 16) {
    sum = (sum + buf.readUInt32LE(j) + buf.readInt16BE(j + 4) + buf.readUInt8(j + 6) + buf.readInt8(j + 7)) % 1000000007;
    sum = (sum + Math.floor(buf.readDoubleLE(j + 8))) % 1000000007;
  }
  for (var k = 0; k < size; k++) buf[k] = (buf[k] + k) & 0xff;
  var hex = buf.toString('hex', 0, 512);
  var b64 = buf.toString('base64', 512, 1536);
  var text = 'round ' + round + ': h\u00e9llo w\u00f6rld \u2713 ';
  var encoded = Buffer.from(text.repeat(20));
  var decoded = encoded.toString('utf8');
  var back = Buffer.from(b64, 'base64');
  var slice = buf.slice(100, 200);
  var copy = Buffer.alloc(100);
  slice.copy(copy);
  checksum = (checksum * 31 + sum + hex.length + back.length + decoded.length + encoded.indexOf('\u2713') +
    copy.readUInt16BE(10) + Buffer.from(hex, 'hex').readUInt32BE(0) % 1000) % 1000000007;
}
console.log('buffer ' + checksum);
