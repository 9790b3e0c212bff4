// final(cb): runs after every write finished and before 'finish'.
var Writable = require('stream').Writable;
var w = new Writable({
  objectMode: true,
  write: function (chunk, enc, cb) { console.log('write', chunk); setImmediate(cb); },
  final: function (cb) { console.log('final'); setImmediate(function () { console.log('final done'); cb(); }); },
});
w.on('prefinish', function () { console.log('prefinish'); });
w.on('finish', function () { console.log('finish'); });
w.on('close', function () { console.log('close'); });
w.write('a');
w.end('b');
