// Dates print as toISOString (Invalid Date when invalid), regexps as literals.
var util = require('util');
console.log(util.inspect(new Date(0)), util.inspect(new Date(1e12)), util.inspect(new Date(NaN)));
console.log(util.inspect(/ab+c/gi), util.inspect(new RegExp('a/b')), util.inspect({ r: /x/m }));
var d = new Date(0);
d.note = 'epoch';
console.log(util.inspect(d));
var r = /re/;
r.extra = true;
console.log(util.inspect(r));
