// An async iterable of lines with Symbol.asyncIterator, for await, async generators piping and early return.
class Lines {
  constructor(text) { this.text = text; }
  async *[Symbol.asyncIterator]() {
    try {
      for (const line of this.text.split('\n')) { await null; yield line; }
    } finally { console.log('source closed'); }
  }
}
async function* upper(src) { for await (const l of src) yield l.toUpperCase(); }
async function* numbered(src) { let n = 0; for await (const l of src) yield `${++n}: ${l}`; }
(async () => {
  for await (const l of numbered(upper(new Lines('alpha\nbeta\ngamma')))) console.log(l);
  for await (const l of new Lines('one\ntwo\nthree')) { console.log('first only', l); break; }
  const collected = [];
  for await (const x of [Promise.resolve(1), 2, Promise.resolve(3)]) collected.push(x);
  console.log(collected.join('+'));
})();
