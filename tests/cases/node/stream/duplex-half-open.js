// allowHalfOpen: false ends the writable side when the readable side ends.
var Duplex = require('stream').Duplex;
var d = new Duplex({
  allowHalfOpen: false,
  objectMode: true,
  read: function () { this.push(null); },
  write: function (c, e, cb) { cb(); },
});
d.on('end', function () { console.log('end; writableEnded', d.writableEnded); });
d.on('finish', function () { console.log('finish'); });
d.on('close', function () { console.log('close'); });
d.resume();
console.log('allowHalfOpen', d.allowHalfOpen);
