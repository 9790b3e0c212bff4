// urlparse: the stdlib's JavaScript modules at work — url.parse (with and without the
// query object), url.format, url.resolve, querystring.parse and querystring.stringify over
// a varied set of URLs. Needs `require` (node and jsc; the ES5 peers have none).
var url = require('url');
var querystring = require('querystring');

var hosts = ['example.com', 'API.Example.org:8080', 'user:pw@sub.domain.co.uk', '[::1]:3000', 'xn--bcher-kva.de'];
var paths = ['/', '/a/b/c', '/search', '/path with spaces/x', '/ü/ö', '/a/./b/../c/'];
var queries = ['', '?q=node&lang=en', '?a=1&a=2&a=3&b=%20x+y', '?empty=&flag&x=%E2%82%AC', '?list[]=1&list[]=2&deep=a%26b'];
var hashes = ['', '#top', '#section-2'];

function hash(s) {
  var h = 0;
  for (var i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) % 1000000007;
  return h;
}

var inputs = [];
for (var h = 0; h < hosts.length; h++) {
  for (var p = 0; p < paths.length; p++) {
    for (var q = 0; q < queries.length; q++) {
      inputs.push((h % 2 ? 'https://' : 'http://') + hosts[h] + paths[p] + queries[q] + hashes[(h + p + q) % hashes.length]);
    }
  }
}

var checksum = 0;
for (var round = 0; round < 36; round++) {
  for (var i = 0; i < inputs.length; i++) {
    var parsed = url.parse(inputs[i], true);
    var plain = url.parse(inputs[i]);
    var qs = querystring.stringify(parsed.query);
    var back = querystring.parse(qs);
    var formatted = url.format(parsed);
    var resolved = url.resolve(inputs[i], i % 3 ? '../other?x=' + round : '/root/' + i);
    checksum = (checksum * 7 + hash(formatted) + hash(plain.href) + hash(qs) + hash(resolved) +
      Object.keys(back).length + (parsed.port ? parsed.port.length : 0)) % 1000000007;
  }
}
console.log('urlparse ' + checksum);
