// dirname of unusual paths in both flavours.
var path = require('path');
['/a/b/', '/a/b//', 'a', 'a/b', '//a/b', '///a', './a', '../a', 'a/b/c/', '/', '//', 'C:\\a\\b', 'C:a', '\\\\srv\\share', '\\\\srv\\share\\x\\y'].forEach(function (p) {
  console.log(JSON.stringify(p), JSON.stringify(path.posix.dirname(p)), JSON.stringify(path.win32.dirname(p)));
});
