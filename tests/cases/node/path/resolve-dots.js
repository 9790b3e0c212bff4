// resolve with dot segments and repeated absolute parts.
var path = require('path');
console.log(path.resolve('/a/b', '../c', './d/', 'e/..'));
console.log(path.resolve('/a', '/b', 'c', '/d', 'e'));
console.log(path.resolve('/', '..', '..', 'x'));
console.log(path.resolve('/a/b/c/', '.'));
console.log(path.resolve('/x//y///', 'z'));
console.log(path.resolve('/a', '') === '/a', path.resolve('/a/b/c', '', '..') === '/a/b');
