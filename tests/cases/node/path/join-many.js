// join with many parts, dots and empty strings in between.
var path = require('path');
console.log(path.join('a', '', 'b', '', 'c'));
console.log(path.join('/a', '.', 'b', '..', '..', '..', 'c'));
console.log(path.join('a', '../../..', 'b'));
console.log(path.join('./', './', 'x'));
console.log(path.join('a/', '/b/', '/c/'));
console.log(path.join('/', '..'));
console.log(path.join.apply(null, new Array(50).join('x,').split(',').slice(0, 49)).length);
