// autoDestroy: false: an error is emitted but the stream is not destroyed.
var Readable = require('stream').Readable;
var r = new Readable({ autoDestroy: false, read: function () { throw new Error('oops'); } });
r.on('error', function (e) { console.log('error', e.message, 'destroyed', r.destroyed, 'errored', !!r.errored); });
r.on('close', function () { console.log('close'); });
r.read();
setTimeout(function () { console.log('later destroyed', r.destroyed); }, 2);
