// resolve(from, relative(from, to)) is resolve(to), as the manual promises.
var path = require('path');
var dirs = ['/', '/a', '/a/b', '/a/b/c', '/a/bc', '/ab/c', '/x/y/z', '/a/b/c/d/e'];
var ok = true;
dirs.forEach(function (from) {
  dirs.forEach(function (to) {
    var rel = path.relative(from, to);
    if (path.resolve(from, rel) !== path.resolve(to)) { ok = false; console.log('mismatch', from, to, rel); }
  });
});
console.log('posix', ok);
var w = path.win32;
var wdirs = ['C:\\', 'C:\\a', 'C:\\a\\b', 'c:\\A\\b\\c', 'D:\\x', '\\\\srv\\share\\q'];
ok = true;
wdirs.forEach(function (from) {
  wdirs.forEach(function (to) {
    var rel = w.relative(from, to);
    if (w.resolve(from, rel).toLowerCase() !== w.resolve(to).toLowerCase()) { ok = false; console.log('mismatch', from, to, rel); }
  });
});
console.log('win32', ok);
