// destroy() on a Duplex marks both sides and emits one 'close'.
var Duplex = require('stream').Duplex;
var d = new Duplex({ read: function () {}, write: function (c, e, cb) { cb(); } });
d.on('close', function () { console.log('close', d.destroyed, d._readableState.destroyed, d._writableState.destroyed); });
d.on('end', function () { console.log('end'); });
d.on('finish', function () { console.log('finish'); });
d.destroy();
console.log('destroyed', d.destroyed, d.readable, d.writable);
