// path.dirname and path.basename(p, ext) on posix paths.
var path = require('path');
['/foo/bar/baz/asdf/quux', '/a', 'a', '', '/', '//', '//a', '///a', 'a/b/', 'a/b//', '/a/b/c/', '.', '..', 'a/'].forEach(function (p) {
  console.log(JSON.stringify(p), JSON.stringify(path.dirname(p)), JSON.stringify(path.basename(p)));
});
console.log(path.basename('/foo/bar/baz/asdf/quux.html', '.html'));
console.log(path.basename('quux.html', 'html'));
console.log(path.basename('quux.html', 'quux.html'));
console.log(path.basename('a.js', 'x.js'));
console.log(path.basename('/a/b.js/', '.js'));
console.log(path.basename('aaa', 'a'));
console.log(path.basename('.js', '.js'));
console.log(path.basename('file.js.js', '.js'));
console.log(path.basename('a/', ''));
