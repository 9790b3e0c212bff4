// Characters that url.parse escapes in the path, query and hash.
var url = require('url');
var chars = ' "\'<>\\^`{|}';
for (var i = 0; i < chars.length; i++) {
  var u = url.parse('http://x.com/a' + chars[i] + 'b?c' + chars[i] + 'd#e' + chars[i] + 'f');
  console.log(JSON.stringify(chars[i]), u.pathname, u.search, u.hash);
}
console.log(url.parse('javascript:alert("a b")').href);
