// path.relative between posix paths.
var path = require('path');
[['/data/orandea/test/aaa', '/data/orandea/impl/bbb'], ['/a', '/a'], ['/a/b', '/a/b/c/d'], ['/a/b/c', '/a'],
 ['/', '/foo'], ['/foo', '/'], ['/foo/bar', '/foo/barbaz'], ['/foo/barbaz', '/foo/bar'], ['/a/b/', '/a/b'],
 ['/page1/page2/foo', '/'], ['/baz-quux', '/baz'], ['/baz', '/baz-quux'], ['/x/y', '/z']].forEach(function (p) {
  console.log(p[0], p[1], '->', JSON.stringify(path.relative(p[0], p[1])));
});
console.log(path.relative('a/b', 'a/c'));
console.log(path.relative('', ''));
console.log(path.resolve('/foo', path.relative('/foo', '/bar/baz')));
