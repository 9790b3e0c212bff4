// path.isAbsolute for both flavours.
var path = require('path');
['/a', 'a', '', '.', '//', 'C:\\a', 'C:/a', 'C:', 'c:a', '\\\\server', '\\a', 'a\\b'].forEach(function (p) {
  console.log(JSON.stringify(p), path.posix.isAbsolute(p), path.win32.isAbsolute(p));
});
