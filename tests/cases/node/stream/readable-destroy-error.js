// destroy(err): 'error' then 'close', both on the next tick.
var Readable = require('stream').Readable;
var r = new Readable({ read: function () {} });
r.on('error', function (e) { console.log('error', e.message, r.errored === e); });
r.on('close', function () { console.log('close'); });
r.destroy(new Error('boom'));
console.log('after destroy', r.destroyed, r.errored && r.errored.message);
r.destroy(new Error('second'));
