// setEncoding('utf8') joins a character split across two chunks.
var Readable = require('stream').Readable;
var r = new Readable({ read: function () {} });
r.setEncoding('utf8');
var euro = Buffer.from('€');
r.push(euro.slice(0, 1));
r.push(euro.slice(1));
r.push(null);
var s = '';
r.on('data', function (d) { s += d; });
r.on('end', function () { console.log(s, s.length); });
