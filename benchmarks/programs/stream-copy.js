// stream-copy: a 200 MB file copied with fs.createReadStream(src).pipe(fs.createWriteStream(dst)).
// The input is generated into a fresh temporary directory (1 MiB blocks, each tagged with its
// index), checked block by block after the copy and removed with the directory. Prints the size
// and whether the copy is equal; the "@ copy <bytes> <ms>" line times the pipe alone (the
// programs table reports it as a phase, in MB/s, and leaves it out of the output check).
var fs = require('fs');

var MB = 1024 * 1024;
var BLOCKS = 200;
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-bench-copy-');
var src = dir + '/in.bin';
var dst = dir + '/out.bin';

var block = Buffer.alloc(MB);
var seed = 7;
for (var i = 0; i < MB; i += 4) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  block.writeUInt32LE(seed, i);
}

function tagged(index) {
  block.writeUInt32LE(index, 0);
  return block;
}

var fd = fs.openSync(src, 'w');
for (var b = 0; b < BLOCKS; b++) fs.writeSync(fd, tagged(b), 0, MB);
fs.closeSync(fd);

function elapsedMs(start) {
  var d = process.hrtime(start);
  return d[0] * 1e3 + d[1] / 1e6;
}

function verify() {
  var size = fs.statSync(dst).size;
  var equal = size === BLOCKS * MB;
  var chunk = Buffer.alloc(MB);
  var fd = fs.openSync(dst, 'r');
  for (var b = 0; equal && b < BLOCKS; b++) {
    equal = fs.readSync(fd, chunk, 0, MB, b * MB) === MB && chunk.equals(tagged(b));
  }
  fs.closeSync(fd);
  return 'copy ' + size + ' equal ' + equal;
}

var start = process.hrtime();
var out = fs.createWriteStream(dst);
out.on('close', function () {
  var ms = elapsedMs(start);
  var line = verify();
  fs.rmSync(dir, { recursive: true, force: true });
  console.log('@ copy ' + BLOCKS * MB + ' ' + ms.toFixed(1));
  console.log(line);
});
fs.createReadStream(src).pipe(out);
