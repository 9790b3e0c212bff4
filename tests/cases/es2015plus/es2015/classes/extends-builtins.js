// Subclassing built-ins: Array, Error, Map, Promise keep their exotic behaviour and the subclass prototype.
class Stack extends Array {
  peek() { return this[this.length - 1]; }
}
const s = new Stack();
s.push(1, 2, 3);
console.log(s.length, s.peek(), Array.isArray(s), s instanceof Stack);
s.length = 1;
console.log(s.length, s[1]);
const m = s.map(x => x * 10);
console.log(m instanceof Stack, m.peek());
class MyError extends Error {
  constructor(msg) { super(msg); this.name = 'MyError'; }
}
const e = new MyError('boom');
console.log(e instanceof Error, e instanceof MyError, e.message, String(e));
console.log(e.stack.split('\n')[0]);
class DefaultMap extends Map {
  get(k) { return this.has(k) ? super.get(k) : 0; }
}
const dm = new DefaultMap([['a', 1]]);
console.log(dm.get('a'), dm.get('b'), dm.size, dm instanceof Map);
class MyPromise extends Promise {}
const mp = MyPromise.resolve(5);
console.log(mp instanceof MyPromise, mp.then(x => x) instanceof MyPromise);
mp.then(v => console.log('resolved', v));
