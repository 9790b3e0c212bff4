// escape() of multi-byte characters: UTF-8 bytes, upper-case hex.
var qs = require('querystring');
['ü', '€', '中', '😀', 'a b', 'ß=ss'].forEach(function (s) {
  console.log(s, qs.escape(s), qs.unescape(qs.escape(s)) === s);
});
