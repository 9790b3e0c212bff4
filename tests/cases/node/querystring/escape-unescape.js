// querystring.escape and unescape, including values that are not strings.
var qs = require('querystring');
console.log(qs.escape('a b&c=d/e?f#g'), qs.escape("!'()*-._~"), qs.escape('é€\uD83D\uDE00'));
console.log(qs.escape(5), qs.escape(null), qs.escape(undefined), qs.escape({}), qs.escape([1, 2]));
console.log(qs.escape(''), qs.escape('plain'));
try {
  qs.escape('\uD800');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
console.log(JSON.stringify(qs.escape('\uD800x')), JSON.stringify(qs.escape('\uDC00\uDC00')));
console.log(qs.unescape('a%20b+c'), qs.unescape('a+b', true), qs.unescape('%E2%82%AC'), qs.unescape('%zz%'));
console.log(JSON.stringify(qs.unescape('%E2%82')), JSON.stringify(qs.unescape('\u20AC%')), JSON.stringify(qs.unescape('%C0%AF')));
