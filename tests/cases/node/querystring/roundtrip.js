// stringify then parse gives back the same data.
var qs = require('querystring');
var data = { name: 'Ann Lee', tags: ['a&b', 'c=d', 'é'], empty: '', n: '42', odd: '%%', plus: '1+1' };
var s = qs.stringify(data);
console.log(s);
console.log(JSON.stringify(qs.parse(s)));
console.log(JSON.stringify(qs.parse(qs.stringify({ x: ['1'] }))));
