// unlinkSync and unlink: files go, directories and missing paths fail
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
fs.writeFileSync(dir + '/f', '');
fs.unlinkSync(dir + '/f');
console.log(fs.existsSync(dir + '/f'));
try { fs.unlinkSync(dir + '/f'); } catch (e) { report(e); }
fs.mkdirSync(dir + '/d');
try { fs.unlinkSync(dir + '/d'); } catch (e) { report(e); }
fs.writeFileSync(dir + '/g', '');
fs.unlink(dir + '/g', function (err) {
  console.log('async', err, fs.existsSync(dir + '/g'));
  fs.unlink(dir + '/g', function (err) {
    report(err);
    fs.rmSync(dir, { recursive: true });
  });
});
