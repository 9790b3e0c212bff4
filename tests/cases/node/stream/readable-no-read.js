// A Readable without _read fails with ERR_METHOD_NOT_IMPLEMENTED.
var Readable = require('stream').Readable;
var r = new Readable();
r.on('error', function (e) { console.log(e.code, e.message); });
r.on('close', function () { console.log('close'); });
r.read();
