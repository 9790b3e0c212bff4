// querystring.stringify: how each kind of value is written.
var qs = require('querystring');
console.log(qs.stringify({ s: 'x y', n: 1.5, neg: -0, big: 1e21, small: 1e-7, inf: Infinity, nan: NaN }));
console.log(qs.stringify({ t: true, f: false, nul: null, und: undefined, obj: { a: 1 }, fn: function () {} }));
console.log(qs.stringify({ arr: [1, 'two', null, [3]], empty: [], last: 'z' }));
console.log(qs.stringify({ 'k e y': 'v&=', 'ü': '€', emoji: '\uD83D\uDE00' }));
console.log(qs.stringify({ a: 1 }, null, null));
console.log(JSON.stringify(qs.stringify('str')), JSON.stringify(qs.stringify(null)), JSON.stringify(qs.stringify(5)));
console.log(qs.stringify([1, 2]));
function F() { this.own = 1; }
F.prototype.inherited = 2;
console.log(qs.stringify(new F()));
console.log(qs.stringify({ a: 'b' }, '&amp;', '=>'));
