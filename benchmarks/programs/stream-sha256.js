// stream-sha256: sha256 of a 200 MB file, fed to crypto.createHash in the chunks of a
// fs.createReadStream. The input is generated into a fresh temporary directory (1 MiB blocks,
// each tagged with its index) and removed with it. Prints the digest; the "@ sha256 <bytes> <ms>"
// line times reading and hashing (a phase in the programs table, left out of the output check).
var fs = require('fs');
var crypto = require('crypto');

var MB = 1024 * 1024;
var BLOCKS = 200;
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-bench-sha256-');
var src = dir + '/in.bin';

var block = Buffer.alloc(MB);
var seed = 11;
for (var i = 0; i < MB; i += 4) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  block.writeUInt32LE(seed, i);
}
var fd = fs.openSync(src, 'w');
for (var b = 0; b < BLOCKS; b++) {
  block.writeUInt32LE(b, 0);
  fs.writeSync(fd, block, 0, MB);
}
fs.closeSync(fd);

function elapsedMs(start) {
  var d = process.hrtime(start);
  return d[0] * 1e3 + d[1] / 1e6;
}

var start = process.hrtime();
var hash = crypto.createHash('sha256');
var bytes = 0;
var input = fs.createReadStream(src);
input.on('data', function (chunk) {
  bytes += chunk.length;
  hash.update(chunk);
});
input.on('end', function () {
  var digest = hash.digest('hex');
  var ms = elapsedMs(start);
  fs.rmSync(dir, { recursive: true, force: true });
  console.log('@ sha256 ' + bytes + ' ' + ms.toFixed(1));
  console.log('sha256 ' + bytes + ' ' + digest);
});
