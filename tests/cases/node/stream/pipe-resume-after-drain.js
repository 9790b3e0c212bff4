// highWaterMark 1 on both ends: the pipe alternates write / drain / resume.
var stream = require('stream');
var events = [];
var i = 0;
var r = new stream.Readable({ objectMode: true, highWaterMark: 1, read: function () {
  events.push('read');
  this.push(i < 3 ? 'c' + i++ : null);
} });
var w = new stream.Writable({ objectMode: true, highWaterMark: 1, write: function (c, e, cb) {
  events.push('write ' + c);
  setImmediate(cb);
} });
w.on('drain', function () { events.push('drain'); });
r.on('pause', function () { events.push('pause'); });
r.on('resume', function () { events.push('resume'); });
w.on('finish', function () { console.log(events.join('\n')); });
r.pipe(w);
