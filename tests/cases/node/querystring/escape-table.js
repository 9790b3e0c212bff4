// escape() on every ASCII character.
var qs = require('querystring');
var out = [];
for (var c = 0; c < 128; c++) out.push(qs.escape(String.fromCharCode(c)));
console.log(out.join(' '));
