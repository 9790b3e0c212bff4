// unshift() after 'end' is ERR_STREAM_UNSHIFT_AFTER_END_EVENT.
var Readable = require('stream').Readable;
var r = new Readable({ objectMode: true, read: function () {} });
r.push('x'); r.push(null);
r.on('data', function () {});
r.on('end', function () {
  console.log('end');
  r.unshift('y');
});
r.on('error', function (e) { console.log('error', e.code, e.message); });
