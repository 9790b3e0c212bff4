// gzip a file through fs streams and read it back.
var zlib = require('zlib');
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-zlib-');
var src = dir + '/in.txt';
var dst = dir + '/in.txt.gz';
fs.writeFileSync(src, 'file contents to compress\n'.repeat(1000));
fs.createReadStream(src).pipe(zlib.createGzip()).pipe(fs.createWriteStream(dst)).on('finish', function () {
  var back = zlib.gunzipSync(fs.readFileSync(dst));
  console.log(back.length, back.toString() === fs.readFileSync(src, 'utf8'));
  fs.rmSync(dir, { recursive: true });
});
