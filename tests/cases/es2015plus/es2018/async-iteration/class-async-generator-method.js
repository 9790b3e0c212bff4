// Async generator methods in classes and objects.
class Range {
  constructor(n) { this.n = n; }
  async *[Symbol.asyncIterator]() { for (var i = 0; i < this.n; i++) { await null; yield i; } }
  static async *of() { yield* arguments; }
}
(async function () {
  for await (var v of new Range(3)) console.log('range', v);
  for await (var w of Range.of('a', 'b')) console.log('of', w);
  var o = { async *gen() { yield 'obj'; } };
  for await (var x of o.gen()) console.log(x);
})();
