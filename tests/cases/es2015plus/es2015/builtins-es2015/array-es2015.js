// ES2015 Array additions: from (iterables, array-likes, map fn), of, find/findIndex, fill, copyWithin, keys/entries.
console.log(JSON.stringify(Array.from('abc')), JSON.stringify(Array.from({ length: 3 }, (_, i) => i * i)), JSON.stringify(Array.from(new Set([1, 1, 2]))));
console.log(JSON.stringify(Array.from({ length: 2, 0: 'x' })), Array.from([1, 2], function (x) { return x * this.k; }, { k: 10 }).join());
console.log(JSON.stringify(Array.of(7)), JSON.stringify(Array.of(1, 2, 3)), Array.of().length);
console.log([5, 12, 8].find(x => x > 6), [5, 12, 8].findIndex(x => x > 6), [1].find(x => x > 5), [1].findIndex(x => x > 5));
console.log([, 'a'].find(x => true), [, 'a'].findIndex(x => x === undefined));
console.log(JSON.stringify(new Array(3).fill(0)), JSON.stringify([1, 2, 3, 4].fill(9, 1, -1)), JSON.stringify([1, 2, 3].fill(7, -1)));
console.log(JSON.stringify([1, 2, 3, 4, 5].copyWithin(0, 3)), JSON.stringify([1, 2, 3, 4, 5].copyWithin(-2, 0, 2)), JSON.stringify([1, 2, 3, 4, 5].copyWithin(1, 2, 4)));
console.log(JSON.stringify([...['a', 'b'].keys()]), JSON.stringify([...['a', 'b'].entries()]));
class Sub extends Array {}
console.log(Sub.from([1]) instanceof Sub, Sub.of(1, 2) instanceof Sub);
function NotArray(n) { this.ctorLen = n; }
const made = Array.of.call(NotArray, 'a', 'b');
console.log(made instanceof NotArray, made.ctorLen, made.length, made[1]);
console.log(Object.keys(Array.prototype[Symbol.unscopables]).sort().join(','));
