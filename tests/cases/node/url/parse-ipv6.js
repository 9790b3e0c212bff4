// IPv6 hosts: brackets stay in host, not in hostname.
var url = require('url');
['http://[::1]/', 'http://[::1]:8080/x', 'http://[2001:db8::7]:80', 'http://[FEDC:BA98:7654:3210:FEDC:BA98:7654:3210]/', 'http://user@[::1]/', 'http://[::1]?q'].forEach(function (s) {
  var u = url.parse(s);
  console.log(JSON.stringify(s), u.host, u.hostname, u.port, u.pathname, u.href);
});
console.log(url.format({ protocol: 'http', hostname: '::1', port: 8080, pathname: '/x' }));
