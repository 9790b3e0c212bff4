// files: the fs module on small files (writeFileSync, readFileSync with utf8, statSync,
// existsSync, readdirSync, unlinkSync) and one large read, then 2,000 files of 1-4 KB written
// with fs.writeFile and read back with fs.readFile, at most 64 in flight. Each run works in a
// fresh temporary directory and removes it; the checksum covers only lengths and file contents.
// "@ writeFile|readFile <bytes> <ms>" lines time the asynchronous phases (phases in the
// programs table, left out of the output check).
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-bench-files-');

function hash(text, h) {
  for (var i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) % 1000000007;
  return h;
}

var checksum = 0;
// New names each round: rewriting a file with O_TRUNC makes ext4 flush it on close.
for (var round = 0; round < 5; round++) {
  for (var i = 0; i < 100; i++) {
    var name = dir + '/f' + round + '-' + i + '.txt';
    fs.writeFileSync(name, 'round ' + round + ' file ' + i + ' ' + new Array(i + 2).join('x'));
    var text = fs.readFileSync(name, 'utf8');
    var stat = fs.statSync(name);
    checksum = (checksum * 7 + text.length + stat.size + (stat.isFile() ? 1 : 0) + (fs.existsSync(name) ? 1 : 0)) % 1000000007;
  }
  checksum = (checksum + fs.readdirSync(dir).length) % 1000000007;
  for (var j = 0; j < 100; j++) fs.unlinkSync(dir + '/f' + round + '-' + j + '.txt');
}

var line = '0123456789abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ\n';
var lines = [];
for (var k = 0; k < 65536; k++) lines.push(line);
fs.writeFileSync(dir + '/large.txt', lines.join(''));
for (var r = 0; r < 5; r++) {
  var large = fs.readFileSync(dir + '/large.txt', 'utf8');
  checksum = hash(large.slice(r * 1000, r * 1000 + 5000), checksum + large.length);
}

var FILES = 2000;
var IN_FLIGHT = 64;
var contents = [];
var totalBytes = 0;
for (var f = 0; f < FILES; f++) {
  var size = 1024 + (f * 7919) % 3073;
  var body = Buffer.alloc(size, line.charAt(f % line.length));
  body.writeUInt32LE(f, 0);
  contents.push(body);
  totalBytes += size;
}

function elapsedMs(start) {
  var d = process.hrtime(start);
  return d[0] * 1e3 + d[1] / 1e6;
}

// Calls task(i, callback) for every i below count, at most IN_FLIGHT at a time, then done().
function forEachLimited(count, task, done) {
  var next = 0;
  var finished = 0;
  function start() {
    var i = next++;
    task(i, function (err) {
      if (err) throw err;
      finished++;
      if (next < count) start();
      else if (finished === count) done();
    });
  }
  for (var k = 0; k < IN_FLIGHT && k < count; k++) start();
}

function smallName(i) {
  return dir + '/s' + i + '.bin';
}

var writeStart = process.hrtime();
forEachLimited(FILES, function (i, cb) {
  fs.writeFile(smallName(i), contents[i], cb);
}, function () {
  var writeMs = elapsedMs(writeStart);
  var readStart = process.hrtime();
  var sum = 0;
  var same = 0;
  forEachLimited(FILES, function (i, cb) {
    fs.readFile(smallName(i), function (err, data) {
      if (!err) {
        sum = (sum + data.length * (i + 1) + data[data.length - 1]) % 1000000007;
        if (data.equals(contents[i])) same++;
      }
      cb(err);
    });
  }, function () {
    var readMs = elapsedMs(readStart);
    fs.rmSync(dir, { recursive: true, force: true });
    console.log('@ writeFile ' + totalBytes + ' ' + writeMs.toFixed(1));
    console.log('@ readFile ' + totalBytes + ' ' + readMs.toFixed(1));
    console.log('files ' + checksum + ' small ' + FILES + ' ' + totalBytes + ' ' + sum + ' same ' + same);
  });
});
