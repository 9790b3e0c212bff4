// A Transform with transform and flush: writes in, pushes out, flush adds the last chunk.
var Transform = require('stream').Transform;
var t = new Transform({
  objectMode: true,
  transform: function (chunk, enc, cb) { this.push(chunk.toUpperCase()); cb(); },
  flush: function (cb) { this.push('!'); cb(); },
});
var out = [];
t.on('data', function (d) { out.push(d); });
t.on('end', function () { console.log('end', out.join('')); });
t.on('finish', function () { console.log('finish'); });
t.on('close', function () { console.log('close'); });
t.write('abc');
t.write('def');
t.end();
