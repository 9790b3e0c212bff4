// querystring.parse with custom and multi-character separators.
var qs = require('querystring');
console.log(JSON.stringify(qs.parse('a:1;b:2', ';', ':')));
console.log(JSON.stringify(qs.parse('a=>1&&b=>2', '&&', '=>')));
console.log(JSON.stringify(qs.parse('a==1&b', '', '==')));
console.log(JSON.stringify(qs.parse('a=1;;b=2', ';;')));
console.log(JSON.stringify(qs.parse('a=1&b=2', null, null)));
console.log(JSON.stringify(qs.parse('a1b2c', 1, 2)));
console.log(JSON.stringify(qs.parse('a:=1&&b:=2&c', '&&', ':=')));
console.log(JSON.stringify(qs.parse('foo&bar', 'o')));
