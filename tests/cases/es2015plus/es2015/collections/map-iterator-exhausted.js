const m = new Map([[1, 'one']]);
const it = m[Symbol.iterator]();
console.log(it.next(), it.next());
m.set(2, 'two');
console.log(it.next(), 'stays done');
console.log(it[Symbol.iterator]() === it, Object.prototype.toString.call(it), it[Symbol.toStringTag]);
const proto = Object.getPrototypeOf(it);
console.log(Object.getOwnPropertyNames(proto), typeof proto.next);
console.log(Object.getPrototypeOf(proto) === Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
