// The v0.8 readable API on a new stream: 'data' events, pause(), resume(), setEncoding.
var stream = require('stream');
var r = new stream.Readable({ encoding: 'utf8', read: function () {} });
r.on('data', function (d) { console.log('data', typeof d, d); });
r.on('end', function () { console.log('end'); });
r.push('hello ', 'utf8');
r.pause();
r.push('world', 'utf8');
setTimeout(function () { r.resume(); r.push(null); }, 2);
console.log('readableEncoding', r.readableEncoding);
