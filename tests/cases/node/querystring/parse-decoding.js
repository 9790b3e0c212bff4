// querystring.parse decoding: UTF-8 sequences, malformed sequences, custom decoders.
var qs = require('querystring');
console.log(JSON.stringify(qs.parse('%E2%82%AC=%F0%9F%98%80&x=%C3%A9')));
console.log(JSON.stringify(qs.parse('a=%E2%82&b=%FF%FE&c=%C3')));
console.log(JSON.stringify(qs.parse('a=%41%zz%4')));
console.log(JSON.stringify(qs.parse('q=100%&r=%%&s=%2')));
console.log(JSON.stringify(qs.parse('a=b+c', null, null, { decodeURIComponent: function (s) { return '<' + s + '>'; } })));
console.log(JSON.stringify(qs.parse('a=x', null, null, { decodeURIComponent: function () { throw new Error('no'); } })));
console.log(JSON.stringify(qs.parse('a=%E2%82%AC', null, null, { decodeURIComponent: unescape })));
console.log(JSON.stringify(qs.parse('%e2%82%ac=1')));
