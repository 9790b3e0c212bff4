// A Duplex: independent readable and writable sides.
var Duplex = require('stream').Duplex;
var d = new Duplex({
  objectMode: true,
  read: function () {},
  write: function (c, e, cb) { console.log('written', c); this.push('echo ' + c); cb(); },
  final: function (cb) { this.push(null); cb(); },
});
d.on('data', function (x) { console.log('read', x); });
d.on('finish', function () { console.log('finish'); });
d.on('end', function () { console.log('end'); });
d.on('close', function () { console.log('close'); });
d.write('a');
d.write('b');
d.end();
