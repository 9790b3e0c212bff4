// Tabs and newlines before the host ends are removed (as the WHATWG parser does); after it they are escaped.
var url = require('url');
['http://a\tb.com/', 'http://x.com/a\tb', 'mailto:a\tb', 'mailto:\t/x', 'foo:\tbar', 'http://us\ter@h\n.com/p\r', '//\th/x', '/a\tb'].forEach(function (s) {
  var u = url.parse(s);
  console.log(JSON.stringify(s), JSON.stringify(u.host), JSON.stringify(u.pathname), JSON.stringify(u.href));
});
