// Classes implementing iteration, async iteration and Symbol.toPrimitive/toStringTag together.
class Range {
  constructor(lo, hi, step = 1) { Object.assign(this, { lo, hi, step }); }
  *[Symbol.iterator]() { for (let v = this.lo; v < this.hi; v += this.step) yield v; }
  async *[Symbol.asyncIterator]() { for (const v of this) { await null; yield v * 10; } }
  get [Symbol.toStringTag]() { return 'Range'; }
  [Symbol.toPrimitive](hint) { return hint === 'number' ? this.hi - this.lo : `[${this.lo}, ${this.hi})`; }
}
const r = new Range(1, 7, 2);
console.log([...r].join(), Math.max(...r), Array.from(r, x => x * x).join(), `${r}`, +r, String(r), Object.prototype.toString.call(r));
const [first, ...rest] = r;
console.log(first, rest.join('|'), new Set(r).size, new Map([...r].entries()).get(2));
(async () => { const out = []; for await (const v of r) out.push(v); console.log(out.join()); })();
