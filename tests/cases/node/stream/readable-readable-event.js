// The 'readable' event: once per batch, read() in a loop until null.
var Readable = require('stream').Readable;
var n = 0;
var r = new Readable({ objectMode: true, read: function () {
  n++;
  if (n <= 3) this.push('chunk' + n); else this.push(null);
} });
r.on('readable', function () {
  var c;
  console.log('readable');
  while ((c = r.read()) !== null) console.log('got', c);
});
r.on('end', function () { console.log('end'); });
