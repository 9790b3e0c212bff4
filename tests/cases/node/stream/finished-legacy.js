// finished() on an old-style stream (an EventEmitter with write and end events).
var stream = require('stream');
var s = new stream.Stream();
s.writable = true;
s.write = function () { return true; };
s.end = function () { this.writable = false; this.emit('end'); };
stream.finished(s, function (err) { console.log('legacy finished', err); });
s.end();
