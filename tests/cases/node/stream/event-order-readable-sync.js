// 'readable' versus synchronous and asynchronous pushes.
var Readable = require('stream').Readable;
var r = new Readable({ objectMode: true, read: function () {} });
r.on('readable', function () { console.log('readable, length', r.readableLength); r.read(); });
r.push('a');
r.push('b');
console.log('pushed two');
process.nextTick(function () { console.log('tick'); r.push('c'); });
setImmediate(function () { r.push(null); });
r.on('end', function () { console.log('end'); });
