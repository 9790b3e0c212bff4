// A stream that ends with no data: 'end' without any 'data'.
var Readable = require('stream').Readable;
var r = new Readable({ read: function () { this.push(null); } });
r.on('data', function () { console.log('data!'); });
r.on('end', function () { console.log('end'); });
r.on('close', function () { console.log('close'); });
