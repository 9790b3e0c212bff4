// Building a small lazy pipeline library on generators.
const lazy = {
  *range(a, b) { for (let i = a; i < b; i++) yield i; },
  *map(it, f) { for (const x of it) yield f(x); },
  *takeWhile(it, p) { for (const x of it) { if (!p(x)) return; yield x; } },
  *chunk(it, n) { let buf = []; for (const x of it) { buf.push(x); if (buf.length === n) { yield buf; buf = []; } } if (buf.length) yield buf; },
  reduce(it, f, acc) { for (const x of it) acc = f(acc, x); return acc; },
};
const squares = lazy.map(lazy.range(1, Infinity), x => x * x);
const small = lazy.takeWhile(squares, x => x < 200);
console.log([...lazy.chunk(small, 4)]);
console.log(lazy.reduce(lazy.range(0, 101), (a, b) => a + b, 0));
