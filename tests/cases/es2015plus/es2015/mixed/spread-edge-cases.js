// Spread and rest corner cases: spreading strings with surrogates, arguments, Map entries into objects, nested rest.
const emoji = '👨‍👩‍👧';
console.log([...emoji].length, emoji.length, [...'naïve'].join('.'));
function f() { return [...arguments].reverse(); }
console.log(f(1, 2, 3).join());
const m = new Map([['a', 1], ['b', 2]]);
console.log(JSON.stringify(Object.fromEntries(m)), JSON.stringify({ ...[...m] }), JSON.stringify([...m.keys(), ...m.values()]));
const { a, ...others } = { a: 1, b: 2, c: 3, d: 4 };
const { b, ...rest2 } = others;
console.log(a, b, JSON.stringify(rest2));
const [x, ...[y, ...z]] = 'hello';
console.log(x, y, z.join(''));
const merged = { ...{ a: 1, get g() { return 'getter ran'; } }, ...[10, 20], ...'hi' };
console.log(JSON.stringify(merged));
console.log(Math.min(...new Set([5, 3, 9])), [...Array(3).keys()].join(), [...new Array(2)].map(v => v === undefined).join());
