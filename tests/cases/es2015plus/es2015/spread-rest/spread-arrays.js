// Spread in array literals: copies, holes become undefined, iterables, generators, strings with surrogates.
const a = [1, 2];
const b = [0, ...a, 3];
console.log(b.join(','), b.length, a === b);
const holes = [...[, 1, , 2]];
console.log(holes.length, 0 in holes, holes[0]);
function* gen() { yield 'x'; yield 'y'; }
console.log([...gen(), ...gen()].join(''));
console.log([...'a😀b'].length, [...'a😀b'][1]);
console.log([...new Map([['k', 'v']])][0].join('='));
const args = (function () { return [...arguments]; })(1, 2, 3);
console.log(Array.isArray(args), args.join(','));
const nested = [[1], [2]];
const copy = [...nested];
copy[0].push(9);
console.log(nested[0].join(','));
console.log([...[], ...[]].length, [..."", 1].length);
const iterLike = { *[Symbol.iterator]() { yield 1; yield 2; } };
console.log([...iterLike].join('+'));
