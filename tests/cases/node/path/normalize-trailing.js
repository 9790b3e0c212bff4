// normalize keeps one trailing slash and collapses everything else.
var path = require('path');
['a/', 'a//', 'a/b/./', './', './/', '/a/..//', 'a/b/../', '..//', '/./', 'a/./././'].forEach(function (p) {
  console.log(JSON.stringify(p), JSON.stringify(path.normalize(p)), JSON.stringify(path.win32.normalize(p)));
});
