// Static methods, getters and setters; static inheritance through the constructor's prototype chain.
class Counter {
  static create() { return new this(); }
  static get kind() { return 'counter:' + this.name; }
  static set label(v) { this._label = v.toUpperCase(); }
  constructor() { this.n = 0; }
  inc() { this.n++; return this; }
}
class Sub extends Counter {}
console.log(Counter.create().inc().inc().n);
console.log(Counter.kind, Sub.kind);
Sub.label = 'abc';
console.log(Sub._label, Counter._label, Object.prototype.hasOwnProperty.call(Sub, '_label'));
console.log(Sub.create() instanceof Sub, Object.getPrototypeOf(Sub) === Counter);
const d = Object.getOwnPropertyDescriptor(Counter, 'kind');
console.log(typeof d.get, typeof d.set, d.enumerable, d.configurable);
console.log(Object.getOwnPropertyNames(Counter).sort().join(','));
