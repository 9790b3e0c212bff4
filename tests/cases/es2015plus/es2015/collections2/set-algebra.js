// Set algebra with spread and filter: union, intersection, difference, symmetric difference, subset; insertion order kept.
const A = new Set([1, 2, 3, 4]), B = new Set([3, 4, 5]);
const union = new Set([...A, ...B]);
const inter = new Set([...A].filter(x => B.has(x)));
const diff = new Set([...A].filter(x => !B.has(x)));
const sym = new Set([...A, ...B].filter(x => !(A.has(x) && B.has(x))));
const isSubset = (s, t) => [...s].every(x => t.has(x));
console.log([...union].join(), [...inter].join(), [...diff].join(), [...sym].join(), isSubset(inter, A), isSubset(A, B));
const words = 'the quick the lazy the end'.split(' ');
console.log([...new Set(words)].join(' '), new Set('mississippi').size, [...new Set('mississippi')].join(''));
const s = new Set();
s.add(s);
console.log(s.has(s), s.size, [...s][0] === s);
const entries = [...new Set(['x']).entries()];
console.log(JSON.stringify(entries), new Set().add(1).add(1).add('1').size);
