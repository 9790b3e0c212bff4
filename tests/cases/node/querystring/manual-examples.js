// The v0.8 manual's querystring examples.
var qs = require('querystring');
console.log(qs.stringify({ foo: 'bar', baz: ['qux', 'quux'], corge: '' }));
console.log(qs.stringify({ foo: 'bar', baz: 'qux' }, ';', ':'));
console.log(qs.parse('foo=bar&baz=qux&baz=quux&corge'));
console.log(typeof qs.escape, typeof qs.unescape, qs.encode === qs.stringify, qs.decode === qs.parse);
