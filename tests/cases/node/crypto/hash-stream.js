// A Hash is a stream: write the data, read the digest.
var crypto = require('crypto');
var h = crypto.createHash('sha256');
h.on('readable', function () {
  var d = h.read();
  if (d) console.log('read', d.toString('hex'));
});
h.write('stream ');
h.end('data');
var h2 = crypto.createHash('md5');
h2.setEncoding('hex');
h2.on('data', function (d) { console.log('hex data', d); });
h2.end('abc');
