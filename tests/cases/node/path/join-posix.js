// path.join: the manual's examples and empty arguments.
var path = require('path');
console.log(path.join('/foo', 'bar', 'baz/asdf', 'quux', '..'));
console.log(path.join());
console.log(path.join(''));
console.log(path.join('', ''));
console.log(path.join('a', ''));
console.log(path.join('', '/a'));
console.log(path.join('/', '/a', '//b/'));
console.log(path.join('a', '..', '..', 'b'));
console.log(path.join('.', '.'));
console.log(path.join('/a/', '../b/', './c'));
try {
  path.join('foo', {}, 'bar');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
