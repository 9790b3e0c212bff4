// Reflect.get/set with a receiver: getters and setters run with the receiver as this; set on a receiver creates own data.
const proto = { get full() { return this.first + ' ' + this.last; }, set full(v) { [this.first, this.last] = v.split(' '); } };
const rec = { first: 'Ada', last: 'Lovelace' };
console.log(Reflect.get(proto, 'full', rec), Reflect.get(proto, 'full'));
console.log(Reflect.set(proto, 'full', 'Grace Hopper', rec), rec.first, rec.last, proto.first);
const target = { a: 1 };
const other = {};
console.log(Reflect.set(target, 'a', 2, other), target.a, other.a, Object.keys(other).join());
const frozen = Object.freeze({ z: 1 });
console.log(Reflect.set(frozen, 'z', 2), frozen.z, Reflect.set(frozen, 'new', 1));
const ro = {};
Object.defineProperty(ro, 'r', { value: 1, writable: false });
console.log(Reflect.set({}, 'r', 5, ro), ro.r);
console.log(Reflect.get([10, 20], 1), Reflect.get([10, 20], 'length'), Reflect.get(Object('str'), 0));
const arr = [];
console.log(Reflect.set(arr, 'length', 3), arr.length, Reflect.set(arr, 5, 'x'), arr.length);
