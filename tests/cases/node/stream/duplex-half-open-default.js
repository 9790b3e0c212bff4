// By default a Duplex stays writable after its readable side ends; no 'close' until both are done.
var Duplex = require('stream').Duplex;
var d = new Duplex({ objectMode: true, read: function () { this.push(null); }, write: function (c, e, cb) { cb(); } });
d.on('end', function () {
  console.log('end; writable', d.writable);
  setTimeout(function () { d.end('late'); }, 2);
});
d.on('finish', function () { console.log('finish'); });
d.on('close', function () { console.log('close'); });
d.resume();
