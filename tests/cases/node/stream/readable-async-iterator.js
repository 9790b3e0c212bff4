// for await over Readable streams.
var stream = require('stream');
(async function () {
  var p = new stream.PassThrough();
  p.write('one,'); p.end('two');
  var text = '';
  for await (var chunk of p) text += chunk;
  console.log(text);
  var n = 0;
  var counter = new stream.Readable({ objectMode: true, read: function () { n++; this.push(n <= 3 ? n : null); } });
  for await (var v of counter) console.log('v', v);
  var broken = new stream.Readable({ read: function () { this.destroy(new Error('broken stream')); } });
  try { for await (var c of broken) console.log(c); } catch (e) { console.log('caught', e.message); }
  var early = stream.Readable.from([1, 2, 3]);
  for await (var x of early) { console.log('first', x); break; }
  console.log('destroyed', early.destroyed);
})();
