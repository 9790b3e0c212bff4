// Internationalised hostnames become punycode in url.parse.
var url = require('url');
['http://bücher.de/', 'http://www.ñandú.es/x', 'http://日本語.jp/', 'http://ÄÖÜ.DE/', 'http://xn--bcher-kva.de/', 'http://faß.de/'].forEach(function (s) {
  var u = url.parse(s);
  console.log(JSON.stringify(s), u.hostname, u.href);
});
