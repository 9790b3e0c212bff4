// The auth part: decoded, split at the last @ before the host ends, re-encoded by format.
var url = require('url');
['http://user:pass@host/', 'http://us%40er:p%3Ass@host/', 'http://a@b@c@host/p', 'http://:pw@host/', 'http://user:@host/',
 'http://ü:ö@host/', 'http://user:pass@/path', 'ftp://anonymous@ftp.x.org', 'http://u@host?x@y'].forEach(function (s) {
  var u = url.parse(s);
  console.log(JSON.stringify(s), JSON.stringify(u.auth), JSON.stringify(u.host), JSON.stringify(u.pathname), u.href);
});
