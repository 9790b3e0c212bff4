// Event order of a Transform ended with end(chunk): prefinish, finish, end, close.
var Transform = require('stream').Transform;
var t = new Transform({ objectMode: true, transform: function (c, e, cb) { cb(null, c); } });
['prefinish', 'finish', 'end', 'close', 'readable'].forEach(function (ev) {
  t.on(ev, function () {
    console.log(ev);
    if (ev === 'readable') { var c; while ((c = t.read()) !== null) console.log('read', c); }
  });
});
t.write('a');
t.end('b', function () { console.log('end cb'); });
