// The WHATWG parser's IPv4 forms: decimal, octal, hex, fewer than four parts.
['http://192.168.0.1/', 'http://0xC0.0xA8.0.1/', 'http://0300.0250.0.01/', 'http://3232235521/', 'http://192.11010049/',
 'http://192.168.1/', 'http://0x7F000001/', 'http://1.2.3.4./', 'http://4294967295/', 'http://4294967296/', 'http://1.2.3.09/',
 'http://1.2.3.0x/', 'http://09.2.3.4/', 'http://1.2.3.4.5.6/', 'http://a.1/', 'http://1.a/'].forEach(function (s) {
  try {
    console.log(s, new URL(s).hostname);
  } catch (e) {
    console.log(s, e.code);
  }
});
