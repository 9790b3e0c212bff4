// An exception thrown by _read destroys the stream with it.
var Readable = require('stream').Readable;
var r = new Readable({ read: function () { throw new Error('read failed'); } });
r.on('error', function (e) { console.log('error', e.message); });
r.on('close', function () { console.log('close', r.destroyed); });
r.resume();
