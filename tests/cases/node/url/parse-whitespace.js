// Leading/trailing whitespace is trimmed; inner whitespace is escaped after the host.
var url = require('url');
['\u00a0http://x.com/a\u00a0', '\ufeffhttp://x.com/', 'http://x.com/a\tb', 'http://x.com/a\nb', ' /path with space ', 'http://x.com/ ?a b# c'].forEach(function (s) {
  console.log(JSON.stringify(s), JSON.stringify(url.parse(s).href));
});
