// decode and encode are the same functions as parse and stringify.
var qs = require('querystring');
console.log(qs.decode === qs.parse, qs.encode === qs.stringify);
console.log(JSON.stringify(qs.decode('x=1&y=2')), qs.encode({ x: [1, 2] }));
console.log(Object.keys(qs).filter(function (k) { return k !== 'unescapeBuffer'; }));
