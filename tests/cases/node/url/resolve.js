// url.resolve as a browser resolves an anchor's href.
var url = require('url');
[
  ['/one/two/three', 'four'], ['http://example.com/', '/one'], ['http://example.com/one', '/two'],
  ['http://example.com/a/b/c', '../d'], ['http://example.com/a/b/c', '../../../../d'], ['http://a/b/c/d;p?q', 'g'],
  ['http://a/b/c/d;p?q', './g'], ['http://a/b/c/d;p?q', 'g/'], ['http://a/b/c/d;p?q', '/g'], ['http://a/b/c/d;p?q', '//g'],
  ['http://a/b/c/d;p?q', '?y'], ['http://a/b/c/d;p?q', 'g?y'], ['http://a/b/c/d;p?q', '#s'], ['http://a/b/c/d;p?q', 'g#s'],
  ['http://a/b/c/d;p?q', ''], ['http://a/b/c/d;p?q', '.'], ['http://a/b/c/d;p?q', './'], ['http://a/b/c/d;p?q', '..'],
  ['http://a/b/c/d;p?q', '../g'], ['http://a/b/c/d;p?q', '../..'], ['http://a/b/c/d;p?q', '/./g'], ['http://a/b/c/d;p?q', 'g.'],
  ['http://a/b/c/d;p?q', 'g;x=1/../y'], ['http://a/b/c/d;p?q', 'http:g'], ['http://a/b/c/d;p?q', 'https:g'],
  ['mailto:local1@domain1', 'local2@domain2'], ['mailto:a@b.com', '?subject=x'], ['http://x.com/a', 'mailto:c@d.com'],
  ['http://u:p@x.com/a', '//y.com/b'], ['http://u:p@x.com/a', '/b'], ['file:///a/b', 'c'], ['file:///a/b', 'https:x'],
  ['http://x.com', 'a'], ['', 'a'], ['a/b', '../../c'], ['http://x.com/a?b', '#c'], ['foo:bar', 'baz'],
].forEach(function (p) {
  console.log(JSON.stringify(p[0]), JSON.stringify(p[1]), '->', JSON.stringify(url.resolve(p[0], p[1])));
});
