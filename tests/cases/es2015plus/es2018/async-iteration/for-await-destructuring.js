// for await with destructuring and let/const bindings.
async function* pairs() { yield [1, 'one']; yield [2, 'two']; }
(async function () {
  for await (const [n, word] of pairs()) console.log(n, word);
  for await (let { a, b = 'dflt' } of [{ a: 1 }, { a: 2, b: 'B' }]) console.log(a, b);
})();
