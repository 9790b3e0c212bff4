// The path module's shape: sep, delimiter, the posix/win32 flavours, no path.exists since v0.8.
var path = require('path');
console.log(path.sep, path.delimiter, path.win32.sep, path.win32.delimiter);
console.log(path.posix === path, path.win32.posix === path, path.win32.win32 === path.win32, path.posix.win32 === path.win32);
console.log(typeof path.exists, typeof path.existsSync);
console.log(require('node:path') === path);
console.log(path._makeLong === path.toNamespacedPath, path.toNamespacedPath('/a/b'));
['resolve', 'normalize', 'isAbsolute', 'join', 'relative', 'toNamespacedPath', 'dirname', 'basename', 'extname', 'format', 'parse'].forEach(function (k) {
  console.log(k, typeof path[k], typeof path.win32[k], path[k].length);
});
