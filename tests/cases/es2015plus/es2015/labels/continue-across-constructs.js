// Labelled break/continue across for-of, destructuring loops, generators, try/finally and block scopes.
const out = [];
outer: for (const a of [1, 2, 3]) {
  for (const [b, c] of [[1, 'x'], [2, 'y']]) {
    if (a === 2) continue outer;
    if (b === 2 && a === 3) break outer;
    out.push(a + c);
  }
}
console.log(out.join(','));
function* gen() {
  rows: for (let i = 0; i < 3; i++) {
    for (let j = 0; j < 3; j++) {
      if (j > i) continue rows;
      yield `${i}${j}`;
    }
  }
}
console.log([...gen()].join(' '));
const log = [];
loop: for (const x of [1, 2]) {
  try {
    try { if (x === 1) continue loop; log.push('body' + x); } finally { log.push('inner finally' + x); }
  } finally { log.push('outer finally' + x); }
}
console.log(log.join(', '));
block: { log.length = 0; log.push('in block'); if (log.length) break block; log.push('never'); }
console.log(log.join());
async function run() {
  const seen = [];
  top: for (const p of [Promise.resolve(1), Promise.resolve(2), Promise.resolve(3)]) {
    for (const q of [await p, 10]) { if (q === 2) continue top; seen.push(q); }
  }
  console.log('async', seen.join(','));
}
run();
