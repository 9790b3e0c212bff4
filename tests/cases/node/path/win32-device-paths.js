// Win32 device namespace paths (\\.\ and \\?\) and relative paths that could become drives or devices.
var w = require('path').win32;
['\\\\.\\x', '\\\\.\\x\\y', '\\\\?\\x', '\\\\.\\x\\', '\\\\?\\C:\\a\\..\\b'].forEach(function (p) {
  console.log(JSON.stringify(p), JSON.stringify(w.normalize(p)), JSON.stringify(w.resolve(p)), JSON.stringify(w.dirname(p)), JSON.stringify(w.parse(p).root));
});
['CON:a', 'con:x\\y', 'COM1:z', 'a\\..\\c:x', 'x:', 'a:b', 'file:stream', 'a\\b:\\c'].forEach(function (p) {
  console.log(JSON.stringify(p), JSON.stringify(w.normalize(p)), JSON.stringify(w.join('.', p)));
});
