// A flowing Readable in object mode: 'data' per chunk, then 'end' and 'close', in node's order.
var Readable = require('stream').Readable;
var r = new Readable({ objectMode: true, read: function () {} });
['data', 'end', 'close', 'pause', 'resume', 'readable'].forEach(function (ev) {
  if (ev === 'readable') return;
  r.on(ev, function (x) { console.log(ev, x === undefined ? '' : x); });
});
r.push(1); r.push('two'); r.push({ three: 3 }); r.push(null);
console.log('pushed', r.readableLength, r.readableFlowing);
