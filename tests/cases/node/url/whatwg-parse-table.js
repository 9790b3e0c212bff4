// WHATWG URL parsing of assorted inputs (href, or the error).
var inputs = [
  'http://EXAMPLE.com/', 'http://example.com:80/', 'https://example.com:443/x', 'http://ex.com:8080', 'HTTP://x.com/a/./b/../c',
  'http://x.com/%2e/%2E%2e/y', 'http://x.com\\a\\b', 'http://x.com/a b?c d#e f', 'http://x.com/é?é#é', 'http://x.com/?q=\'"<>',
  'http://0x7f.1/', 'http://127.0.0.1/', 'http://2130706433/', 'http://0300.0250.0.1/', 'http://1.2.3.4.5/', 'http://256.0.0.1/',
  'http://[::1]/', 'http://[0:0:0:0:0:0:0:1]/', 'http://[1:0:0:2::3:0]/', 'http://[::ffff:192.168.0.1]/', 'http://[1::2::3]/',
  'http://bücher.de/', 'http://xn--bcher-kva.de/', 'http://a b/', 'http://a%20b/', 'http://%41.com/', 'http://ex ample/',
  'http://user@/', 'http:///x', 'http:x.com/y', 'http://:80/', 'http://x.com:65536/', 'http://x.com:0/', 'http://x.com:abc/',
  'file:///C:/x/../y', 'file:///a/b/../../..', 'file://localhost/etc', 'file://host/share/x', 'file:/x', 'file:x', 'file:///C|/x',
  'mailto:a@b.com', 'data:text/plain,hi there', 'javascript:alert(1)', 'foo://bar/baz?q#h', 'foo:/a/../b', 'foo:', 'foo://',
  'urn:isbn:0451450523', 'blob:https://x.com/uuid', 'ws://x.com/', 'wss://x.com:443/', 'ftp://x.com:21/',
  '  http://trim.me/  ', 'ht\ttp://x.com/\n', 'not a url', '', 'http://', '//x.com', '/path',
  'http://x.com/?a=1&b=2&c', 'http://x.com/#a#b', 'non-special://h:1/x', 'non-special://[::1]/',
];
inputs.forEach(function (s) {
  try {
    var u = new URL(s);
    console.log(JSON.stringify(s), u.href, JSON.stringify(u.pathname), JSON.stringify(u.host), u.origin);
  } catch (e) {
    console.log(JSON.stringify(s), e.name, e.code, e.message);
  }
});
