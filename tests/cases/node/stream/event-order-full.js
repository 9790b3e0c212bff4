// Every event of a Readable piped through a Transform into a Writable, in order.
var stream = require('stream');
var log = [];
function watch(name, s, events) {
  events.forEach(function (ev) {
    s.on(ev, function () { log.push(name + ' ' + ev); });
  });
}
var src = new stream.Readable({ objectMode: true, read: function () {} });
var t = new stream.Transform({ objectMode: true, transform: function (c, e, cb) { cb(null, c); } });
var dst = new stream.Writable({ objectMode: true, write: function (c, e, cb) { log.push('write ' + c); cb(); } });
watch('src', src, ['end', 'close', 'pause', 'resume']);
watch('t', t, ['pipe', 'finish', 'prefinish', 'end', 'close', 'unpipe']);
watch('dst', dst, ['pipe', 'finish', 'prefinish', 'close', 'unpipe']);
src.pipe(t).pipe(dst);
src.push(1); src.push(2); src.push(null);
dst.on('close', function () { setImmediate(function () { console.log(log.join('\n')); }); });
