// format(parse(x)) for URLs that survive unchanged.
var url = require('url');
['http://x.com/', 'https://u:p@x.com:8443/a/b?c=d#e', 'mailto:x@y.z', 'file:///etc/hosts', '//x.com/p', '/p?q', 'ftp://x.org/', 'news:comp.lang'].forEach(function (s) {
  console.log(s, url.format(url.parse(s)) === s, url.format(url.parse(s, true)));
});
