// autoDestroy: false keeps the stream open after 'finish' (no 'close').
var Writable = require('stream').Writable;
var w = new Writable({ autoDestroy: false, objectMode: true, write: function (c, e, cb) { cb(); } });
w.on('finish', function () { console.log('finish', w.destroyed); });
w.on('close', function () { console.log('close'); });
w.end('x');
setTimeout(function () { console.log('later', w.destroyed); w.destroy(); }, 5);
