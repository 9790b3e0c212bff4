// PassThrough hands chunks through unchanged; paused reading with read().
var PassThrough = require('stream').PassThrough;
var p = new PassThrough({ objectMode: true });
p.write({ a: 1 });
p.write([2]);
p.end('three');
console.log(p.read(), p.read(), p.read(), p.read());
p.on('end', function () { console.log('end'); });
p.on('finish', function () { console.log('finish'); });
p.resume();
