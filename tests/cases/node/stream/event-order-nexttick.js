// Where stream events fall between nextTick callbacks and timers.
var stream = require('stream');
var r = new stream.Readable({ objectMode: true, read: function () {} });
r.on('data', function (d) { console.log('data', d); });
r.on('end', function () { console.log('end'); });
process.nextTick(function () { console.log('tick 1'); });
r.push('x');
r.push(null);
process.nextTick(function () { console.log('tick 2'); });
setTimeout(function () { console.log('timeout'); }, 0);
setImmediate(function () { console.log('immediate'); });
console.log('sync end');
