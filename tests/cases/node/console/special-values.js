// -0, NaN, Infinity, sparse arrays and symbols via console.log.
console.log(-0, [-0], NaN, [Infinity, -Infinity]);
console.log([1, , 3], [, ,], new Array(120).length);
var big = [];
for (var i = 0; i < 120; i++) big.push(i % 10);
console.log(big);
console.log(Symbol('s'), [Symbol('t')], { k: Symbol() });
