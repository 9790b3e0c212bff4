// Spread, destructuring, Array.from and for-of over generators.
function* abc() { yield 'a'; yield 'b'; yield 'c'; }
console.log([...abc()]);
const [x, , z] = abc();
console.log(x, z);
const [first, ...rest] = abc();
console.log(first, rest);
console.log(Array.from(abc(), s => s.toUpperCase()));
console.log(Math.max(...(function* () { yield 3; yield 9; yield 4; })()));
for (const [i, v] of (function* () { yield [0, 'zero']; yield [1, 'one']; })()) console.log(i, v);
