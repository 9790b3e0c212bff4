// stream-gzip: a 50 MB text file gzipped and gunzipped through zlib streams, file to file:
// createReadStream(src).pipe(zlib.createGzip()).pipe(createWriteStream(gz)), then the same
// with createGunzip back to a third file, which is checked against the input. The input is
// generated into a fresh temporary directory (1 MiB blocks of words, each with its own first
// line) and removed with it. Prints the sizes and whether the round trip is equal, not the
// compressed size (zlib builds differ); "@ gzip|gunzip <bytes> <ms>" lines time each pipe
// against the uncompressed size (phases in the programs table, left out of the output check).
var fs = require('fs');
var zlib = require('zlib');

var MB = 1024 * 1024;
var BLOCKS = 50;
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-bench-gzip-');
var src = dir + '/in.txt';
var gz = dir + '/in.txt.gz';
var back = dir + '/back.txt';

var block = Buffer.alloc(MB);
var words = ['alpha ', 'beta ', 'gamma ', 'delta ', 'epsilon ', 'zeta ', 'eta ', 'theta\n'];
var seed = 42;
for (var pos = 0; pos < MB;) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  var w = seed % 5 === 0 ? String(seed % 100000) + ' ' : words[seed % words.length];
  pos += block.write(w, pos);
}

function tagged(index) {
  block.write('block ' + (100000 + index) + '\n', 0);
  return block;
}

var fd = fs.openSync(src, 'w');
for (var b = 0; b < BLOCKS; b++) fs.writeSync(fd, tagged(b), 0, MB);
fs.closeSync(fd);

function elapsedMs(start) {
  var d = process.hrtime(start);
  return d[0] * 1e3 + d[1] / 1e6;
}

function pipeFile(from, through, to, done) {
  var start = process.hrtime();
  var out = fs.createWriteStream(to);
  out.on('close', function () { done(elapsedMs(start)); });
  fs.createReadStream(from).pipe(through).pipe(out);
}

function verify() {
  var size = fs.statSync(back).size;
  var equal = size === BLOCKS * MB;
  var chunk = Buffer.alloc(MB);
  var fd = fs.openSync(back, 'r');
  for (var b = 0; equal && b < BLOCKS; b++) {
    equal = fs.readSync(fd, chunk, 0, MB, b * MB) === MB && chunk.equals(tagged(b));
  }
  fs.closeSync(fd);
  return 'gzip ' + BLOCKS * MB + ' roundtrip ' + size + ' equal ' + equal;
}

pipeFile(src, zlib.createGzip(), gz, function (gzipMs) {
  pipeFile(gz, zlib.createGunzip(), back, function (gunzipMs) {
    var line = verify();
    fs.rmSync(dir, { recursive: true, force: true });
    console.log('@ gzip ' + BLOCKS * MB + ' ' + gzipMs.toFixed(1));
    console.log('@ gunzip ' + BLOCKS * MB + ' ' + gunzipMs.toFixed(1));
    console.log(line);
  });
});
