// The classes: callable without new, Transform streams, create* functions.
var zlib = require('zlib');
var stream = require('stream');
['Deflate', 'Inflate', 'Gzip', 'Gunzip', 'DeflateRaw', 'InflateRaw', 'Unzip'].forEach(function (name) {
  var a = new zlib[name]();
  var b = zlib[name]();
  var c = zlib['create' + name]({ chunkSize: 128 });
  console.log(name, a instanceof zlib[name], b instanceof zlib[name], c instanceof zlib[name],
    a instanceof stream.Transform, a instanceof stream.Readable, zlib[name].name, typeof a.flush, typeof a.params);
  a.close(); b.close(); c.close();
});
