// path.win32.parse and format.
var path = require('path').win32;
['C:\\path\\dir\\index.html', 'C:\\another_path\\DIR\\1\\2\\33\\index', 'another_path\\DIR with spaces\\1\\2\\33\\index',
 '\\foo\\C:', 'file', '.\\file', 'C:', 'C:.', 'C:..', 'C:abc', 'C:\\', 'C:\\abc', '', '\\\\server\\share\\file_path',
 '\\\\server two\\shared folder\\file path.zip', '\\\\teamserver\\shared\\', '\\', '\\\\x\\y'].forEach(function (p) {
  var parsed = path.parse(p);
  console.log(JSON.stringify(p), JSON.stringify(parsed), JSON.stringify(path.format(parsed)));
});
console.log(path.format({ dir: 'C:\\path\\dir', base: 'index.html' }));
console.log(path.format({ root: 'C:\\', name: 'a', ext: 'b' }));
