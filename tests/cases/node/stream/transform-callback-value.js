// The transform callback's second argument is pushed; null or undefined pushes nothing.
var Transform = require('stream').Transform;
var t = new Transform({ objectMode: true, transform: function (n, e, cb) { cb(null, n % 2 ? n : undefined); } });
var seen = [];
t.on('data', function (d) { seen.push(d); });
t.on('end', function () { console.log(seen); });
for (var i = 0; i < 7; i++) t.write(i);
t.end();
