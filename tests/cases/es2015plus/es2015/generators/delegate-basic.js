// yield* yields every value of the inner iterable; its value is the inner return value.
function* inner() { yield 1; yield 2; return 'inner done'; }
function* outer() {
  const r = yield* inner();
  console.log('inner returned', r);
  yield* [3, 4];
  yield* 'hi';
  yield* (function* () { yield 5; })();
}
console.log([...outer()]);
