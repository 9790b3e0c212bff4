// files: the fs module on small files (writeFileSync, readFileSync with utf8, statSync,
// existsSync, readdirSync, unlinkSync) and one large read. Each run works in a fresh
// temporary directory and removes it; the checksum covers only lengths and file contents.
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
fs.rmSync(dir, { recursive: true, force: true });
console.log('files ' + checksum);
