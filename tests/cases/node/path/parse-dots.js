// parse of names made of dots and of hidden files.
var path = require('path');
['.', '..', '...', '.a', '..a', 'a.', 'a..', '/.a.b', '/a/.b', 'a/.b.c.', '/.', '/..', './.x'].forEach(function (p) {
  console.log(JSON.stringify(p), JSON.stringify(path.parse(p)));
});
