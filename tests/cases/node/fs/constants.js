// fs.constants values on Linux
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
var c = fs.constants;
console.log(c.O_RDONLY, c.O_WRONLY, c.O_RDWR, c.O_CREAT, c.O_EXCL, c.O_TRUNC, c.O_APPEND, c.O_SYNC, c.O_DIRECTORY, c.O_NOFOLLOW);
console.log(c.S_IFMT, c.S_IFREG, c.S_IFDIR, c.S_IFLNK, c.S_IFCHR, c.S_IFBLK, c.S_IFIFO, c.S_IFSOCK);
console.log(c.F_OK, c.R_OK, c.W_OK, c.X_OK, c.COPYFILE_EXCL, c.COPYFILE_FICLONE, c.COPYFILE_FICLONE_FORCE);
console.log(c.S_IRWXU, c.S_IRUSR, c.S_IWUSR, c.S_IXUSR, c.S_IRWXG, c.S_IRWXO, c.UV_DIRENT_DIR, Object.isFrozen(c));
fs.rmSync(dir, { recursive: true, force: true });
