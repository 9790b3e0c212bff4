// emitClose: false: destroy() emits no 'close'.
var Writable = require('stream').Writable;
var w = new Writable({ emitClose: false, write: function (c, e, cb) { cb(); } });
w.on('close', function () { console.log('close'); });
w.destroy(null, function () { console.log('destroy cb'); });
setImmediate(function () { console.log('done', w.destroyed, w.closed); });
