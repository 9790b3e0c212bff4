// A transform error destroys the stream: 'error' then 'close', no 'end'.
var Transform = require('stream').Transform;
var t = new Transform({ objectMode: true, transform: function (c, e, cb) {
  if (c === 'boom') cb(new Error('transform failed'));
  else cb(null, c);
} });
t.on('data', function (d) { console.log('data', d); });
t.on('error', function (e) { console.log('error', e.message); });
t.on('end', function () { console.log('end'); });
t.on('close', function () { console.log('close'); });
t.write('ok');
t.write('boom');
t.write('never', function (err) { console.log('write cb', err && err.code); });
