// Moderately deep yield* chains work.
function* chain(n) { if (n === 0) { yield 'bottom'; return 'ret'; } const r = yield* chain(n - 1); return r + n % 10; }
const it = chain(200);
console.log(it.next());
console.log(it.next().value.length);
