// fs.lchmod is documented by the v0.8 manual ("Asynchronous lchmod(2)"); node 20 defines it
// only on macOS. Jsc gives Linux's lchmod(2): a regular file's mode changes, a symbolic link
// itself cannot be changed (EOPNOTSUPP). Expected output written by hand from the manual.
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
console.log(typeof fs.lchmod, typeof fs.lchmodSync);
fs.writeFileSync(dir + '/f', 'x');
fs.lchmodSync(dir + '/f', 0o600);
console.log((fs.statSync(dir + '/f').mode & 0o777).toString(8));
fs.symlinkSync(dir + '/f', dir + '/link');
try { fs.lchmodSync(dir + '/link', 0o644); } catch (e) { console.log(e.code, e.syscall); }
fs.lchmod(dir + '/f', 0o640, function (err) {
  console.log(err, (fs.statSync(dir + '/f').mode & 0o777).toString(8));
  fs.rmSync(dir, { recursive: true, force: true });
});
