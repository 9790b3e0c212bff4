// Backslashes before the query turn into slashes; after it they stay (escaped).
var url = require('url');
['http:\\\\evil.com\\path', 'http://x.com\\@evil.com/', '\\\\server\\share', '/a\\b?c\\d#e\\f', 'http://x.com/a?b#c\\d'].forEach(function (s) {
  var u = url.parse(s);
  console.log(JSON.stringify(s), JSON.stringify(u.host), JSON.stringify(u.pathname), JSON.stringify(u.search), JSON.stringify(u.hash));
});
