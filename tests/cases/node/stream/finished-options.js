// finished(duplex, { readable: false }) waits only for the writable side.
var stream = require('stream');
var d = new stream.Duplex({ objectMode: true, read: function () {}, write: function (c, e, cb) { cb(); } });
stream.finished(d, { readable: false }, function (err) { console.log('writable side done', err); });
d.end('x');
setTimeout(function () { console.log('readable still', d.readable); d.push(null); d.resume(); }, 5);
d.on('end', function () { console.log('end'); });
