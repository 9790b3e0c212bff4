// A '?' after '#' belongs to the hash; a '#' after '?' ends the search.
var url = require('url');
['/p#h?q', '/p?q#h', '/p?#', '/p#', '/p?', '?#', '#?', 'http://h#a?b', 'http://h?a#b?c#d'].forEach(function (s) {
  var u = url.parse(s, true);
  console.log(JSON.stringify(s), JSON.stringify(u.pathname), JSON.stringify(u.search), JSON.stringify(u.hash), JSON.stringify(u.query), JSON.stringify(u.path));
});
