// Replacing querystring.escape/unescape changes what stringify and parse use.
var qs = require('querystring');
var origEscape = qs.escape, origUnescape = qs.unescape;
qs.escape = function (s) { return '[' + s + ']'; };
console.log(qs.stringify({ a: 'b', c: 1 }));
qs.escape = origEscape;
qs.unescape = function (s) { return s.split('').reverse().join(''); };
console.log(JSON.stringify(qs.parse('ab=cd%20&x+y=z')));
qs.unescape = origUnescape;
console.log(JSON.stringify(qs.parse('ab=cd%20')));
