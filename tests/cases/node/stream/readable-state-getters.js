// readable* getters through a stream's life.
var Readable = require('stream').Readable;
var r = new Readable({ objectMode: true, highWaterMark: 5, read: function () {} });
function show(label) {
  console.log(label, r.readable, r.readableFlowing, r.readableLength, r.readableEnded,
    r.readableObjectMode, r.readableHighWaterMark, r.destroyed, r.closed, r.readableDidRead);
}
show('new');
r.push('a');
show('pushed');
r.on('data', function () { show('data'); });
show('listening');
r.push(null);
r.on('end', function () { show('end'); });
r.on('close', function () { show('close'); });
