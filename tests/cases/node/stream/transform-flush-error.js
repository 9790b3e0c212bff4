// flush calling back with an error.
var Transform = require('stream').Transform;
var t = new Transform({
  objectMode: true,
  transform: function (c, e, cb) { cb(null, c); },
  flush: function (cb) { cb(new Error('flush failed')); },
});
t.on('data', function (d) { console.log('data', d); });
t.on('error', function (e) { console.log('error', e.message); });
t.on('finish', function () { console.log('finish'); });
t.on('end', function () { console.log('end'); });
t.on('close', function () { console.log('close'); });
t.end('x');
