// url.parse over many inputs: every field of the result.
var url = require('url');
var inputs = [
  'http://www.example.com', 'HTTP://WWW.EXAMPLE.COM/A?B#C', 'http://x.com/path?a=1&b=2#frag', 'https://a.b.c:443/',
  'ftp://user@ftp.example.com/file.txt', 'mailto:someone@example.com', 'mailto:a@b.com?subject=hi',
  'javascript:alert("hi")', 'JavaScript:void(0)', 'file:///etc/passwd', 'file://localhost/etc/x', 'file:relative/x',
  'xmpp:isaacschlueter@jabber.org', 'news:comp.infosystems.www.servers.unix', 'tel:+1-816-555-1212',
  '//some_path', '/just/a/path', 'just/relative', '?query=only', '#hash-only', '', '   ', '.', '..',
  'http://a@b@c/', 'http://a@b?@c', 'http://user:pa:ss@host/', 'http://%41@b/', 'http://:@host/',
  'http://host:/', 'http://host:8000', 'http://[::1]:3000/path', 'svn+ssh://foo/bar',
  'dash-test://foo/bar', 'dot.test://foo/bar', 'http://x.com/a b/c"d\'e<f>g^h`i{j|k}l', 'http://x.com\\a\\b?c\\d#e\\f',
  '  http://trim.me/  ', '\thttp://tab.me/\n', 'http://x.com/?a=b c#d e', 'http://user@/path',
  'http://www.ÜBER.com/', 'http://xn--ber-goa.com/', 'http://a.com:65536/', 'http://_under_score.com/',
  'http://x.com/p?q#h?i#j', 'http://x.com/%20%zz', 'HtTp://Ex.Com:80', 'http:/no-host', 'http:no-slash',
  'coap://[1080:0:0:0:8:800:200C:417A]:61616/', 'http://x.com/é?é#é',
];
inputs.forEach(function (s) {
  try {
    console.log(JSON.stringify(s), JSON.stringify(url.parse(s)));
  } catch (e) {
    console.log(JSON.stringify(s), e.name, e.code, e.message);
  }
});
