// path.normalize on posix paths: `.`/`..` segments, repeated and trailing slashes.
var path = require('path');
['/foo/bar//baz/asdf/quux/..', '', '.', '..', './', '../', 'a/../..', '/..', '/../a', '//a//b', '///',
 'a/b/c/../../d', './a/./b/.', 'a/b/', '../../a/b', 'foo/..', 'foo/../..', '.../a', 'a/.../b', '..a/b..',
 '/a/b/c/../../../..', 'a//b//../c/'].forEach(function (p) {
  console.log(JSON.stringify(p), '->', JSON.stringify(path.normalize(p)));
});
