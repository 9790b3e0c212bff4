// Adding 'readable' after 'data' switches to paused mode; removing it resumes the flow.
var Readable = require('stream').Readable;
var r = new Readable({ objectMode: true, read: function () {} });
r.on('data', function (d) { console.log('data', d); });
function onReadable() { console.log('readable'); }
r.on('readable', onReadable);
console.log('flowing', r.readableFlowing);
r.push(1);
setImmediate(function () {
  r.removeListener('readable', onReadable);
  setImmediate(function () {
    console.log('flowing now', r.readableFlowing);
    r.push(2);
    r.push(null);
  });
});
