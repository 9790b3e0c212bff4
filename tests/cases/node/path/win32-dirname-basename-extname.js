// path.win32.dirname, basename and extname.
var path = require('path').win32;
['c:\\', 'c:\\foo', 'c:\\foo\\', 'c:\\foo\\bar', 'c:\\foo bar\\baz', '\\', '\\foo', 'c:', 'c:foo', 'c:foo\\bar',
 '\\\\unc\\share', '\\\\unc\\share\\foo', '\\\\unc\\share\\foo\\bar', '/a/b/', 'file.txt', 'C:\\x\\.bashrc',
 'a\\b.c.d', 'C:x.js', 'C:\\', ''].forEach(function (p) {
  console.log(JSON.stringify(p), JSON.stringify(path.dirname(p)), JSON.stringify(path.basename(p)), JSON.stringify(path.extname(p)));
});
console.log(path.basename('C:\\dir\\file.html', '.html'), path.basename('C:file.js', '.js'), path.basename('a/b\\c.x', 'c.x'));
