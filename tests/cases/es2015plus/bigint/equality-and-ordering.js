// BigInt equality and ordering against every type: strict vs loose, NaN and Infinity, strings, objects, sorting mixed arrays.
console.log(1n === 1n, 1n === 1, 1n == 1, 2n == 2.5, 0n == '', 0n == '0', 1n == 'x', 1n == [1], 1n == { valueOf: () => 1n });
console.log(1n < Infinity, -1n > -Infinity, 1n < NaN, 1n > NaN, 1n == NaN, 2n ** 64n > Number.MAX_SAFE_INTEGER, 9007199254740993n > 9007199254740992);
console.log('10' > 9n, 'x' < 1n, 'x' > 1n, 2n >= 2, 2n <= 1.9999, Object.is(0n, -0n), [NaN, 0n].includes(0n));
const mixed = [3, 1n, 2.5, -1n, 0, 10n];
console.log(mixed.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map(String).join(' '));
const s = new Set([1n, 1, '1']);
console.log(s.size, typeof [...s][0], Math.max(...[1, 2]) < 3n);
switch (2n) { case 2: console.log('number case'); break; case 2n: console.log('bigint case'); break; }
