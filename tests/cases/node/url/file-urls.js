// url.fileURLToPath and url.pathToFileURL on posix paths.
var url = require('url');
console.log(url.fileURLToPath('file:///tmp/a%20b/c'));
console.log(url.fileURLToPath(new URL('file:///x/%E2%82%AC')));
console.log(url.fileURLToPath('file://localhost/etc/hosts'));
['http://x.com/', 'file://server/share', 'file:///a%2fb', 5].forEach(function (v) {
  try {
    url.fileURLToPath(v);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
});
console.log(url.pathToFileURL('/tmp/a b#c?d%e').href);
console.log(url.pathToFileURL('/tmp/dir/').href);
console.log(url.pathToFileURL('/tmp/x\\y\ttab').href);
console.log(url.pathToFileURL('/ü/€').href);
console.log(url.pathToFileURL('rel').href === 'file://' + process.cwd() + '/rel');
console.log(url.fileURLToPath(url.pathToFileURL('/a b/c#d')));
