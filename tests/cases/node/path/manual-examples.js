// The examples of the v0.8 manual's path section.
var path = require('path');
console.log(path.normalize('/foo/bar//baz/asdf/quux/..'));
console.log(path.join('/foo', 'bar', 'baz/asdf', 'quux', '..'));
console.log(path.relative('/data/orandea/test/aaa', '/data/orandea/impl/bbb'));
console.log(path.win32.relative('C:\\orandea\\test\\aaa', 'C:\\orandea\\impl\\bbb'));
console.log(path.dirname('/foo/bar/baz/asdf/quux'));
console.log(path.basename('/foo/bar/baz/asdf/quux.html'));
console.log(path.basename('/foo/bar/baz/asdf/quux.html', '.html'));
console.log(path.extname('index.html'), JSON.stringify(path.extname('index.')), JSON.stringify(path.extname('index')));
console.log('foo/bar/baz'.split(path.sep));
console.log('/usr/bin:/bin:/usr/sbin'.split(path.delimiter));
