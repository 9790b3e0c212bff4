// WHATWG URL: the parts of a parsed URL.
var u = new URL('https://user:pass@sub.example.com:8080/p/a/t/h?query=string#hash');
['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'hash'].forEach(function (k) {
  console.log(k, JSON.stringify(u[k]));
});
console.log(String(u), u.toJSON(), JSON.stringify({ u: u }));
console.log(typeof URL, URL === require('url').URL, Object.keys(u).length, Object.keys(globalThis).indexOf('URL'));
console.log(Object.prototype.toString.call(u));
