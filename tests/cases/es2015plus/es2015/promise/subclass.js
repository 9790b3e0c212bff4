class MyPromise extends Promise {
  constructor(executor) { super(executor); this.tag = 'mine'; }
}
const p = new MyPromise(r => r(1));
const q = p.then(v => v + 1);
console.log(q instanceof MyPromise, q.tag, p.constructor.name);
q.then(v => console.log('value', v));
console.log(MyPromise.resolve(5) instanceof MyPromise, MyPromise.all([]) instanceof MyPromise, MyPromise.race([]) instanceof MyPromise);
console.log(p.finally(() => {}) instanceof MyPromise, p.catch(() => {}) instanceof MyPromise);
