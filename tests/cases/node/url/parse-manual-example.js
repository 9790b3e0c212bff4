// The manual's example URL, parsed with and without the query.
var url = require('url');
var u = url.parse('http://user:pass@host.com:8080/p/a/t/h?query=string#hash');
console.log(u);
console.log(u instanceof url.Url, Object.keys(u).join(','));
console.log(url.parse('http://user:pass@host.com:8080/p/a/t/h?query=string#hash', true).query);
