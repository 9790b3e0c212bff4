// chown, fchown and lchown to the current owner succeed
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
fs.writeFileSync(dir + '/f', '');
fs.symlinkSync(dir + '/f', dir + '/l');
var uid = process.getuid(), gid = process.getgid();
fs.chownSync(dir + '/f', uid, gid);
fs.lchownSync(dir + '/l', uid, gid);
var fd = fs.openSync(dir + '/f', 'r');
fs.fchownSync(fd, uid, gid);
fs.fchownSync(fd, -1, -1);
fs.closeSync(fd);
console.log(fs.statSync(dir + '/f').uid === uid, fs.lstatSync(dir + '/l').gid === gid);
try { fs.chownSync(dir + '/missing', uid, gid); } catch (e) { report(e); }
try { fs.lchownSync(dir + '/missing', uid, gid); } catch (e) { report(e); }
fs.chown(dir + '/f', uid, gid, function (err) {
  console.log('chown', err);
  fs.lchown(dir + '/l', uid, gid, function (err) {
    console.log('lchown', err);
    var fd = fs.openSync(dir + '/f', 'r');
    fs.fchown(fd, uid, gid, function (err) {
      console.log('fchown', err);
      fs.closeSync(fd);
      fs.rmSync(dir, { recursive: true });
    });
  });
});
