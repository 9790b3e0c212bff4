// url.format of a string parses and formats it again; non-objects are errors.
var url = require('url');
['http://x.com', 'HTTP://X.COM/a b', 'x.com/a?b#c', '//a/b', 'mailto:a@b.c'].forEach(function (s) {
  console.log(JSON.stringify(s), url.format(s));
});
[5, null, undefined, true].forEach(function (v) {
  try {
    url.format(v);
  } catch (e) {
    console.log(e.code, e.message);
  }
});
console.log(url.format(url.parse('http://u:p@h.com:1/p?q=1#f')));
