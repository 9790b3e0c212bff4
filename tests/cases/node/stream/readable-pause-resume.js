// pause() stops 'data'; resume() (here from a timer) starts it again.
var Readable = require('stream').Readable;
var r = new Readable({ objectMode: true, read: function () {} });
[1, 2, 3, 4].forEach(function (x) { r.push(x); });
r.push(null);
r.on('data', function (d) {
  console.log('data', d);
  if (d === 2) {
    r.pause();
    console.log('paused', r.isPaused());
    setTimeout(function () { console.log('resuming'); r.resume(); }, 5);
  }
});
r.on('pause', function () { console.log('pause event'); });
r.on('resume', function () { console.log('resume event'); });
r.on('end', function () { console.log('end'); });
