// Strings written to a byte Writable arrive as Buffers, in the given encoding.
var Writable = require('stream').Writable;
var w = new Writable({ write: function (chunk, enc, cb) { console.log(Buffer.isBuffer(chunk), enc, chunk.length, chunk.toString('hex')); cb(); } });
w.write('héllo');
w.write('6869', 'hex');
w.end(Buffer.from('!'));
