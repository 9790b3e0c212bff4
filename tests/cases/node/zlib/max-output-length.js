// maxOutputLength caps what one-shot inflation may produce.
var zlib = require('zlib');
var d = zlib.deflateSync(Buffer.alloc(1000));
try { zlib.inflateSync(d, { maxOutputLength: 100 }); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(zlib.inflateSync(d, { maxOutputLength: 1000 }).length);
zlib.inflate(d, { maxOutputLength: 10 }, function (err) { console.log('async', err.code, err.message); });
