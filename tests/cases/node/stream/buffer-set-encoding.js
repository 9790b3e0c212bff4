// setEncoding('hex') after data was buffered re-decodes it.
var Readable = require('stream').Readable;
var r = new Readable({ read: function () {} });
r.push(Buffer.from([1, 2, 255]));
r.setEncoding('hex');
r.push(Buffer.from('AB'));
r.push(null);
r.on('data', function (d) { console.log(typeof d, d); });
