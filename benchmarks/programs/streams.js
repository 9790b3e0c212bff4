// streams: a Readable -> Transform -> Transform -> Writable pipeline in object mode moving
// 200,000 records: the producer pushes until back-pressure, the transforms parse and
// filter, the sink aggregates; pipe() pauses and resumes on 'drain' along the way.
var stream = require('stream');

var TOTAL = 200000;

function source() {
  var i = 0;
  return new stream.Readable({
    objectMode: true,
    highWaterMark: 64,
    read: function () {
      while (i < TOTAL) {
        i++;
        if (!this.push('item-' + i + ',' + (i % 97) + ',' + (i * 7 % 13))) return;
      }
      this.push(null);
    },
  });
}

function parse() {
  return new stream.Transform({
    objectMode: true,
    transform: function (line, enc, cb) {
      var parts = line.split(',');
      cb(null, { name: parts[0], a: +parts[1], b: +parts[2] });
    },
  });
}

function keepOdd() {
  return new stream.Transform({
    objectMode: true,
    transform: function (rec, enc, cb) {
      if ((rec.a + rec.b) % 2 === 1) this.push(rec);
      cb();
    },
  });
}

function sink(done) {
  var count = 0;
  var sum = 0;
  var w = new stream.Writable({
    objectMode: true,
    highWaterMark: 32,
    write: function (rec, enc, cb) {
      count++;
      sum += rec.a * rec.b;
      if (count % 1000 === 0) setImmediate(cb); // an occasional asynchronous write
      else cb();
    },
  });
  w.on('finish', function () { done(count, sum); });
  return w;
}

var started = Date.now();
source().pipe(parse()).pipe(keepOdd()).pipe(sink(function (count, sum) {
  console.log('records', count, 'checksum', sum);
  void started;
}));
