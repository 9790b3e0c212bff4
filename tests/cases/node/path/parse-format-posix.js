// path.parse and path.format round trips.
var path = require('path');
['/home/user/dir/file.txt', 'file', '/', '', './a.b', '/a/', 'a/b/.c', '//x', '/.x.y', '..', 'a/..'].forEach(function (p) {
  var parsed = path.parse(p);
  console.log(JSON.stringify(p), JSON.stringify(parsed), JSON.stringify(path.format(parsed)));
});
console.log(path.format({ root: '/ignored', dir: '/home/user/dir', base: 'file.txt' }));
console.log(path.format({ root: '/', base: 'file.txt', ext: 'ignored' }));
console.log(path.format({ root: '/', name: 'file', ext: '.txt' }));
console.log(path.format({ name: 'x', ext: 'js' }));
console.log(path.format({ dir: 'd', name: 'n' }));
console.log(path.format({}));
