// path.win32.join: UNC roots only from the first part.
var path = require('path').win32;
[['\\\\server', 'share'], ['\\', '\\server', 'share'], ['//', 'server', 'share'], ['C:', 'a'], ['C:\\', '..', 'x'],
 ['a', 'b\\c', '../d'], ['', ''], ['\\\\\\server', 'x'], ['//server/share', 'x'], ['c:', 'file'], ['/', '//foo']].forEach(function (args) {
  console.log(JSON.stringify(args), JSON.stringify(path.join.apply(null, args)));
});
