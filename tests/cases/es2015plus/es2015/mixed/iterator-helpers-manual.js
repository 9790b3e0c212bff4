// Iterator utilities written as generators over the iterator protocol: works with Map, Set, strings, and other generators.
const it = {
  *map(src, f) { for (const x of src) yield f(x); },
  *chunk(src, n) { let buf = []; for (const x of src) { buf.push(x); if (buf.length === n) { yield buf; buf = []; } } if (buf.length) yield buf; },
  *enumerate(src) { let i = 0; for (const x of src) yield [i++, x]; },
  reduce(src, f, acc) { for (const x of src) acc = f(acc, x); return acc; },
};
console.log([...it.chunk('abcdefg', 3)].map(c => c.join('')).join(' '));
console.log([...it.enumerate(new Set(['x', 'y']))].map(([i, v]) => i + v).join());
console.log(it.reduce(it.map(new Map([['a', 1], ['b', 2]]), ([k, v]) => k.repeat(v)), (s, x) => s + x, ''));
console.log(typeof Iterator === 'undefined' ? 'no Iterator global' : 'Iterator global');
