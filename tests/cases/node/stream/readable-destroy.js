// destroy() on a Readable: 'close' on the next tick, no 'end'; destroyed is true at once.
var Readable = require('stream').Readable;
var r = new Readable({ objectMode: true, read: function () {} });
r.push(1);
r.on('data', function (d) { console.log('data', d); });
r.on('end', function () { console.log('end'); });
r.on('close', function () { console.log('close', r.destroyed, r.readableAborted); });
r.destroy();
console.log('destroyed', r.destroyed, r.readable);
console.log('push after destroy', r.push(2));
