// stream.finished on a Readable: called after 'end' (and after 'close' for autoDestroy streams).
var stream = require('stream');
var r = new stream.Readable({ objectMode: true, read: function () {} });
r.on('end', function () { console.log('end'); });
r.on('close', function () { console.log('close'); });
stream.finished(r, function (err) { console.log('finished', err); });
r.push(1); r.push(null);
r.resume();
