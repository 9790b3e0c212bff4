// basename's suffix only strips when it is a proper ending of the last segment.
var path = require('path');
[['/a/b.txt', '.txt'], ['/a/b.txt', 'txt'], ['/a/b.txt', 'b.txt'], ['/a/b.txt', '.TXT'], ['/a/b.txt/', '.txt'],
 ['/a/b.txt//', 't'], ['b', 'b'], ['bb', 'b'], ['/', ''], ['', 'x'], ['.txt', 'txt'], ['a.b.c', '.c'], ['a.b.c', '.b.c']].forEach(function (p) {
  console.log(JSON.stringify(p), JSON.stringify(path.basename(p[0], p[1])), JSON.stringify(path.win32.basename(p[0], p[1])));
});
