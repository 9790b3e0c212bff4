// toNamespacedPath: the identity on posix, `\\?\` prefixes on win32.
var path = require('path');
console.log(path.posix.toNamespacedPath('/a/b'), path.posix.toNamespacedPath(''), path.posix.toNamespacedPath(null));
var w = path.win32;
console.log(w.toNamespacedPath('C:\\foo'), w.toNamespacedPath('C:/foo/bar'), w.toNamespacedPath('\\\\server\\share\\a'));
console.log(w.toNamespacedPath('\\\\?\\C:\\x'), w.toNamespacedPath(''), w.toNamespacedPath(5), w.toNamespacedPath('\\\\.\\pipe\\x'));
