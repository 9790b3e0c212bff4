// Concatenated gzip members inflate to the concatenated data.
var zlib = require('zlib');
var both = Buffer.concat([zlib.gzipSync('first member, '), zlib.gzipSync('second member, '), zlib.gzipSync('third')]);
console.log(zlib.gunzipSync(both).toString());
console.log(zlib.unzipSync(both).toString());
zlib.gunzip(both, function (err, out) { console.log('async', err, out.toString()); });
