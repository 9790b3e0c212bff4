// querystring.parse: repeated keys, empty keys and values, missing '=', '+' as space.
var qs = require('querystring');
['', 'a', 'a=', '=a', '=', '&', '&&a=1&&', 'a=1&a=2&a=3', 'a=b=c', 'a+b=c+d', 'a=%20b', 'a%20b=c',
 'foo=bar&&&baz', '&a', 'a&', 'a=1&b', '__proto__=1', 'hasOwnProperty=x&toString=y', 'a[]=1&a[]=2', 'x=%zz&y=%'].forEach(function (s) {
  var o = qs.parse(s);
  console.log(JSON.stringify(s), JSON.stringify(o), Object.getPrototypeOf(o));
});
console.log(qs.parse('a=1'));
console.log(qs.parse(5), qs.parse(null), qs.parse(undefined));
