// stringify with custom separators, including empty ones (which fall back to & and =).
var qs = require('querystring');
var o = { a: '1', b: ['2', '3'], c: '' };
console.log(qs.stringify(o, ';', ':'));
console.log(qs.stringify(o, '', ''));
console.log(qs.stringify(o, '&&', '=='));
console.log(qs.stringify(o, null, '-'));
