// flush(cb) may pass its final data to the callback.
var Transform = require('stream').Transform;
var total = 0;
var t = new Transform({
  objectMode: true,
  transform: function (n, e, cb) { total += n; cb(); },
  flush: function (cb) { cb(null, 'total ' + total); },
});
t.on('data', function (d) { console.log(d); });
t.on('end', function () { console.log('end'); });
t.end(5);
t.write; [1, 2, 3].forEach(function () {});
