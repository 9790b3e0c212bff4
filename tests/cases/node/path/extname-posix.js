// path.extname: the manual's cases plus dot files and trailing slashes.
var path = require('path');
['index.html', 'index.', 'index', '.index', '.index.md', '..', '...', 'a..', 'a.b.c', '/a.b/c', 'a.js/',
 'a.js//', '', '.', '/.', '..js', 'file.tar.gz', '/x/.bashrc'].forEach(function (p) {
  console.log(JSON.stringify(p), JSON.stringify(path.extname(p)));
});
