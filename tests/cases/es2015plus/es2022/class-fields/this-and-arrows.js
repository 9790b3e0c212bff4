class Counter {
  count = 0;
  inc = () => ++this.count;
  self = this;
  static klass = this;
  static named = this.name;
}
var c = new Counter();
var inc = c.inc;
inc(); inc();
console.log(c.count, c.self === c, Counter.klass === Counter, Counter.named);
