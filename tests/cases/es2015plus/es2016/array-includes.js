// Array.prototype.includes and String.prototype.includes: SameValueZero, fromIndex, array-likes.
console.log([1, 2, NaN].includes(NaN), [1, 2, NaN].indexOf(NaN), [0].includes(-0), [-0].includes(0));
console.log([1, 2, 3].includes(2, 2), [1, 2, 3].includes(3, -1), [1, 2, 3].includes(1, -10), [1].includes(1, 5));
console.log([, ,].includes(undefined), [, ,].indexOf(undefined));
console.log(Array.prototype.includes.call({ length: 2, 0: 'a', 1: 'b' }, 'b'), Array.prototype.includes.call('abc', 'c'));
console.log('abcdef'.includes('cd'), 'abcdef'.includes('cd', 3), 'abc'.includes(''), 'abc'.includes('', 10));
try { 'abc'.includes(/b/); } catch (e) { console.log(e.constructor.name, e.message); }
const re = /b/;
re[Symbol.match] = false;
console.log('a/b/c'.includes(re));
console.log(Array.prototype.includes.length, String.prototype.includes.length);
