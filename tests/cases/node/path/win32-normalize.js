// path.win32.normalize: drives, UNC shares, both separators.
var path = require('path').win32;
['C:\\temp\\\\foo\\bar\\..\\', 'C:////temp\\\\/\\/\\/foo/bar', 'c:/ignore', 'C:', 'C:.', 'C:..\\a', 'C:\\..',
 '\\\\server\\share', '\\\\server\\share\\a\\..\\..', '\\\\server', '//server/share/x/', '\\', '/', 'a', 'a\\b\\..',
 '\\\\?\\C:\\x', '..\\..\\a', 'file:stream', 'bar\\foo..\\..\\', './fixtures///b/../b/c.js'].forEach(function (p) {
  console.log(JSON.stringify(p), JSON.stringify(path.normalize(p)));
});
