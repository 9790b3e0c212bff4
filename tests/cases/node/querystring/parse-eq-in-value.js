// Only the first '=' splits key and value.
var qs = require('querystring');
console.log(JSON.stringify(qs.parse('a==b&c=d=e=&=&==')));
console.log(JSON.stringify(qs.parse('a:b:c;d', ';', ':')));
