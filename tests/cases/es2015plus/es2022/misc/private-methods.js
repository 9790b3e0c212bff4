// ES2022: private methods and accessors, static private members, #x in obj brand checks.
class Counter {
  #count = 0;
  static #instances = 0;
  constructor() { Counter.#instances++; }
  #bump() { return ++this.#count; }
  get #double() { return this.#count * 2; }
  set #value(v) { this.#count = v; }
  tick() { this.#bump(); return this.#double; }
  reset(v) { this.#value = v; return this.#count; }
  static count() { return Counter.#instances; }
  static isCounter(o) { return #count in o; }
}
const c = new Counter();
new Counter();
console.log(c.tick(), c.tick(), c.reset(10), Counter.count(), Counter.isCounter(c), Counter.isCounter({}));
try { Counter.prototype.tick.call({}); } catch (e) { console.log(e.constructor.name, e.message); }
class Base { #secret = 's'; static get(o) { return o.#secret; } }
class Derived extends Base {}
console.log(Base.get(new Derived()));
try { Base.get({}); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(Object.keys(c).length, JSON.stringify(c));
