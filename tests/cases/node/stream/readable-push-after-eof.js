// push() after push(null) is an ERR_STREAM_PUSH_AFTER_EOF error.
var Readable = require('stream').Readable;
var r = new Readable({ objectMode: true, read: function () {} });
r.push(null);
r.push('late');
r.on('error', function (e) { console.log('error', e.code, e.message); });
r.on('close', function () { console.log('close', r.destroyed); });
