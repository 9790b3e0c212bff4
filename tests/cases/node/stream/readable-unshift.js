// unshift() puts a chunk back at the front of the buffer.
var Readable = require('stream').Readable;
var r = new Readable({ objectMode: true, read: function () {} });
r.push('b'); r.push('c');
var first = r.read();
console.log('first', first);
r.unshift('a');
r.unshift(first);
r.push(null);
var got = [];
r.on('data', function (d) { got.push(d); });
r.on('end', function () { console.log(got.join(' ')); });
