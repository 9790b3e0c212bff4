// Reflect.get and Reflect.set pass a receiver to accessors and define on it.
const base = {
  get who() { return this.name; },
  set who(v) { this.seen = v; },
  plain: 1,
};
const other = { name: 'other' };
console.log(Reflect.get(base, 'who'), Reflect.get(base, 'who', other));
console.log(Reflect.set(base, 'who', 5, other), other.seen, base.seen);
const recv = {};
console.log(Reflect.set(base, 'plain', 9, recv), recv.plain, base.plain);
const frozen = Object.freeze({ x: 1 });
console.log(Reflect.set(frozen, 'x', 2), frozen.x);
console.log(Reflect.set({}, 'y', 1, frozen), frozen.y);
const arr = [1, 2, 3];
console.log(Reflect.set(arr, 'length', 1), arr);
console.log(Reflect.get([5, 6], 1), Reflect.get('abc'.split(''), 'length'));
