// Readable.from makes an object-mode stream from iterables.
var stream = require('stream');
var r = stream.Readable.from(['x', 'y', 'z']);
console.log(r.readableObjectMode);
var got = [];
r.on('data', function (d) { got.push(d); });
r.on('end', function () {
  console.log(got.join(','));
  async function* gen() { yield 1; await null; yield 2; yield 3; }
  var sum = 0;
  stream.Readable.from(gen()).on('data', function (d) { sum += d; }).on('end', function () { console.log('sum', sum); });
});
try { stream.Readable.from(5); } catch (e) { console.log(e.code); }
