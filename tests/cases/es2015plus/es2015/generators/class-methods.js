// Generator methods in classes: instance, static, Symbol.iterator, super calls.
class Range {
  constructor(from, to) { this.from = from; this.to = to; }
  *[Symbol.iterator]() { for (let i = this.from; i <= this.to; i++) yield i; }
  *evens() { for (const n of this) if (n % 2 === 0) yield n; }
  static *of(...xs) { yield* xs; }
}
class Labeled extends Range {
  *evens() { for (const n of super.evens()) yield 'even ' + n; }
}
const r = new Range(1, 6);
console.log([...r], [...r.evens()], [...Range.of('a', 'b')]);
console.log([...new Labeled(1, 4).evens()]);
