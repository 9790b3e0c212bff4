// Readable, Writable and the others can be called without new.
var stream = require('stream');
var r = stream.Readable({ objectMode: true, read: function () {} });
var w = stream.Writable({ write: function (c, e, cb) { cb(); } });
var d = stream.Duplex();
var t = stream.Transform();
var p = stream.PassThrough();
console.log(r instanceof stream.Readable, w instanceof stream.Writable, d instanceof stream.Duplex,
  t instanceof stream.Transform, p instanceof stream.PassThrough, p instanceof stream.Writable);
console.log(r instanceof stream, w instanceof stream, w instanceof require('events'));
