// Ports: digits only, empty port dropped, kept as a string.
var url = require('url');
['http://h:80/', 'http://h:0/', 'http://h:/', 'http://h:00080/', 'http://h:65535', 'http://h:99999/', 'https://h:443'].forEach(function (s) {
  var u = url.parse(s);
  console.log(JSON.stringify(s), JSON.stringify(u.port), JSON.stringify(u.host), u.href);
});
