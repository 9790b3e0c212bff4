// url.format from objects: the manual's rules for protocol, host, pathname, search, query and hash.
var url = require('url');
[
  { protocol: 'http', hostname: 'example.com', port: 8080, pathname: 'a/b' },
  { protocol: 'http:', host: 'example.com:81', hostname: 'ignored', port: 9 },
  { protocol: 'mailto', auth: 'user', hostname: 'example.com' },
  { protocol: 'xmpp:', host: 'jabber.org', pathname: '/x' },
  { protocol: 'file', pathname: '/etc/passwd' },
  { protocol: 'file:', pathname: 'etc/passwd', slashes: true },
  { protocol: 'foo', pathname: '/bar', slashes: true },
  { hostname: 'x.com', search: 'a=1', query: { ignored: 1 } },
  { hostname: 'x.com', query: { a: [1, 2], b: 'c d' } },
  { pathname: '/p#q?r', hash: 'h' },
  { pathname: '/p', search: '?a#b', hash: '#c' },
  { auth: 'us er:p@ss', host: 'h.com' },
  { hostname: '::1', port: 80 },
  { hostname: '[::1]', port: 80 },
  { protocol: 'https', hostname: 'a.com', pathname: '' },
  {},
  { href: 'http://ignored.com/' },
  { protocol: 'HTTP', host: 'A.COM' },
].forEach(function (o) {
  console.log(JSON.stringify(o), '->', url.format(o));
});
