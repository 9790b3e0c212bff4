// A long query string with many distinct keys and a long value.
var qs = require('querystring');
var parts = [];
for (var i = 0; i < 300; i++) parts.push('key' + i + '=' + encodeURIComponent('value ' + i + ' ü'));
var long = new Array(5001).join('x');
parts.push('long=' + long);
var o = qs.parse(parts.join('&'));
console.log(Object.keys(o).length, o.key0, o.key299, o.long.length);
console.log(qs.stringify(o).length);
