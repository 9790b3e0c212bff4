// digest() in each output encoding, and as a Buffer.
var crypto = require('crypto');
['hex', 'base64', 'base64url', 'latin1', 'binary', 'buffer', undefined, 'ucs2'].forEach(function (enc) {
  var d = crypto.createHash('sha1').update('encodings').digest(enc);
  console.log(enc, typeof d, Buffer.isBuffer(d), JSON.stringify(Buffer.isBuffer(d) ? d.toString('hex') : d));
});
