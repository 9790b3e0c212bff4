// concat builds lengths from holes and trailing holes and spreads array-likes.
var a = [1, , ];
console.log(a.length, a.concat([, ]).length, a.concat(a).length);
var like = { length: 3, [Symbol.isConcatSpreadable]: true };
console.log([].concat(like).length, 0 in [].concat(like));
var r = [].concat([], [[]], [[[]]]);
console.log(r.length, JSON.stringify(r));
