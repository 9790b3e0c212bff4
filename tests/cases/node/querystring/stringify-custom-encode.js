// querystring.stringify with the encodeURIComponent option.
var qs = require('querystring');
var seen = [];
console.log(qs.stringify({ a: 'x y', b: [1, true], c: null }, null, null, {
  encodeURIComponent: function (s) { seen.push(typeof s + ':' + s); return s.toUpperCase(); }
}));
console.log(seen.join(' | '));
console.log(qs.stringify({ w: 'ä' }, null, null, { encodeURIComponent: escape }));
console.log(qs.stringify({ w: 'ä' }, null, null, { encodeURIComponent: 'not a function' }));
