// readableObjectMode / writableObjectMode and readable: false / writable: false.
var Duplex = require('stream').Duplex;
var d = new Duplex({ readableObjectMode: true, readableHighWaterMark: 3, writableHighWaterMark: 7 });
console.log(d.readableObjectMode, d.writableObjectMode, d.readableHighWaterMark, d.writableHighWaterMark);
var ro = new Duplex({ writable: false, read: function () {} });
console.log('writable false ->', ro.writable, ro.writableEnded, ro.writableFinished, ro.readable);
var wo = new Duplex({ readable: false, write: function (c, e, cb) { cb(); } });
console.log('readable false ->', wo.readable, wo.readableEnded, wo.writable);
wo.on('finish', function () { console.log('wo finish'); });
wo.on('close', function () { console.log('wo close'); });
wo.end();
