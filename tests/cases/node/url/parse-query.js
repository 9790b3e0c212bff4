// url.parse(str, true): the query as an object (null prototype), even when there is none.
var url = require('url');
['http://x.com/?a=1&a=2&b=%20c', 'http://x.com/', '/p?x', '/p', '/p?', 'http://x.com/?a=1#h', '?a[b]=c'].forEach(function (s) {
  var u = url.parse(s, true);
  console.log(JSON.stringify(s), JSON.stringify(u.query), Object.getPrototypeOf(u.query), u.search, u.path);
});
