// Repeated keys collect into arrays in order; a key that is already an array keeps growing.
var qs = require('querystring');
var o = qs.parse('a=1&b=x&a=2&a=&a=3&b=y');
console.log(JSON.stringify(o), Array.isArray(o.a), Array.isArray(o.b));
console.log(JSON.stringify(qs.parse('k&k&k')));
