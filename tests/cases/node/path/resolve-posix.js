// path.resolve: right to left until an absolute path, then normalised; relative to the cwd.
var path = require('path');
console.log(path.resolve('/foo/bar', './baz'));
console.log(path.resolve('/foo/bar', '/tmp/file/'));
console.log(path.resolve('/foo/bar', '/tmp/file/', '..', 'a/../subfile'));
console.log(path.resolve('/') === '/');
console.log(path.resolve('/a', '', '') === '/a');
console.log(path.resolve() === process.cwd());
console.log(path.resolve('') === process.cwd());
console.log(path.resolve('x') === path.join(process.cwd(), 'x'));
console.log(path.resolve('wwwroot', 'static_files/png/', '../gif/image.gif') === path.join(process.cwd(), 'wwwroot/static_files/gif/image.gif'));
console.log(path.resolve('/a/b/', '../../..'));
