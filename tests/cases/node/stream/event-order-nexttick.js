// Where stream events fall between nextTick callbacks and timers.
var stream = require('stream');
var r = new stream.Readable({ objectMode: true, read: function () {} });
r.on('data', function (d) { console.log('data', d); });
r.on('end', function () { console.log('end'); });
process.nextTick(function () { console.log('tick 1'); });
r.push('x');
r.push(null);
process.nextTick(function () { console.log('tick 2'); });
// (A 0 ms timeout and an immediate set by the main module race in node too: the immediate is
// set from the timeout instead.)
setTimeout(function () {
  console.log('timeout');
  setImmediate(function () { console.log('immediate'); });
}, 0);
console.log('sync end');
