// Raw non-ASCII characters, encoded ones, and lone surrogates in encoded form.
var qs = require('querystring');
console.log(JSON.stringify(qs.parse('名前=値&emoji=😀&enc=%E5%90%8D')));
console.log(JSON.stringify(qs.parse('bad=%ED%A0%80&ok=%C3%BC')));
console.log(JSON.stringify(qs.parse('mixed=é%')));
