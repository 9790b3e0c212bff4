// Pushing a number to a byte stream is ERR_INVALID_ARG_TYPE.
var Readable = require('stream').Readable;
var r = new Readable({ read: function () {} });
r.on('error', function (e) { console.log(e.code, e.message); });
console.log('push returned', r.push(42));
