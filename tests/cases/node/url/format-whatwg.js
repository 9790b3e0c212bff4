// url.format(URL, options): fragment, search, auth and unicode.
var url = require('url');
var u = new URL('http://user:pw@xn--bcher-kva.de/p?q=1#h');
console.log(url.format(u));
console.log(url.format(u, { fragment: false, search: false, auth: false }));
console.log(url.format(u, { unicode: true }));
try {
  url.format(u, 'bad');
} catch (e) {
  console.log(e.code, e.message);
}
console.log(JSON.stringify(url.urlToHttpOptions(new URL('https://a:b@[::1]:8443/p?q#h'))));
