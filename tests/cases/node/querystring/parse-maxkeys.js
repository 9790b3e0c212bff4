// querystring.parse's maxKeys option (1000 by default, 0 for no limit).
var qs = require('querystring');
var parts = [];
for (var i = 0; i < 1100; i++) parts.push('k' + i + '=' + i);
var s = parts.join('&');
console.log(Object.keys(qs.parse(s)).length);
console.log(Object.keys(qs.parse(s, null, null, { maxKeys: 0 })).length);
console.log(Object.keys(qs.parse(s, null, null, { maxKeys: -1 })).length);
console.log(JSON.stringify(qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 2 })));
console.log(JSON.stringify(qs.parse('&&a=1&b=2', null, null, { maxKeys: 2 })));
console.log(JSON.stringify(qs.parse('a=1&b=2', null, null, { maxKeys: '1' })));
