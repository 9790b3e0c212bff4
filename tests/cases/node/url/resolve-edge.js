// url.resolve with unusual bases.
var url = require('url');
[['http://example.com', 'b'], ['http://example.com/', '.'], ['http://example.com/a', '..'], ['http://x.com/a/b', '//y.com'],
 ['http://x.com/a/b', 'http:'], ['http://x.com/a/b', 'https:'], ['/a/b/c', '../../../../x'], ['a/b/c', '../../../../x'],
 ['http://x.com/a/b/', './c/./d/../e'], ['http://x.com/?q', ''], ['http://x.com/#h', '?q'], ['mailto:a@b', 'c@d'],
 ['http://u:p@x.com/', 'http://y.com/'], ['http://x.com:81/a', '/b'], ['//x.com/a', 'b']].forEach(function (p) {
  console.log(JSON.stringify(p[0]), JSON.stringify(p[1]), '->', JSON.stringify(url.resolve(p[0], p[1])));
});
