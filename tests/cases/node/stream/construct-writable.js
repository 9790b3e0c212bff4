// construct(cb) on a Writable: writes are buffered until it is constructed.
var Writable = require('stream').Writable;
var w = new Writable({
  objectMode: true,
  construct: function (cb) { console.log('construct'); setImmediate(function () { console.log('constructed'); cb(); }); },
  write: function (c, e, cb) { console.log('write', c); cb(); },
});
console.log(w.write('a'), w.writableLength);
w.end('b', function () { console.log('finished'); });
