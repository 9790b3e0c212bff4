// PassThrough chains keep order and end once.
var stream = require('stream');
var a = new stream.PassThrough({ objectMode: true });
var b = new stream.PassThrough({ objectMode: true });
var c = new stream.PassThrough({ objectMode: true });
a.pipe(b).pipe(c);
var seen = [];
c.on('data', function (d) { seen.push(d); });
c.on('end', function () { console.log('end', seen.join('')); });
'streams'.split('').forEach(function (ch) { a.write(ch); });
a.end();
