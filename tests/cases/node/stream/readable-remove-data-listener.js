// Removing the 'data' listener does not pause a flowing stream; pause() does.
var Readable = require('stream').Readable;
var r = new Readable({ objectMode: true, read: function () {} });
function ondata(d) {
  console.log('data', d);
  if (d === 2) {
    r.removeListener('data', ondata);
    console.log('removed; flowing', r.readableFlowing);
    r.pause();
    setImmediate(function () {
      console.log('left', r.readableLength);
      r.on('data', function (x) { console.log('again', x); });
    });
  }
}
r.on('data', ondata);
r.on('end', function () { console.log('end'); });
[1, 2, 3, 4].forEach(function (x) { r.push(x); });
r.push(null);
