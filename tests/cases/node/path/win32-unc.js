// UNC paths in win32: the server and share form the root.
var w = require('path').win32;
['\\\\server\\share\\dir\\file.txt', '//server/share/dir/', '\\\\server\\share', '\\\\server\\share\\', '\\\\server', '\\\\\\x'].forEach(function (p) {
  console.log(JSON.stringify(p), JSON.stringify(w.normalize(p)), JSON.stringify(w.dirname(p)), JSON.stringify(w.parse(p).root), w.isAbsolute(p));
});
console.log(w.resolve('\\\\server\\share\\a', '..', '..', 'b'), w.join('\\\\server\\share', '..', 'x'));
