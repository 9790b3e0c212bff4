// Symbol.species: derived methods (map, filter, slice, then) construct through the species constructor.
class MyArray extends Array { static get [Symbol.species]() { return Array; } }
const m = MyArray.from([1, 2, 3]);
console.log(m instanceof MyArray, m.map(x => x) instanceof MyArray, m.filter(Boolean).constructor.name);
class Keep extends Array {}
console.log(Keep.of(1).slice() instanceof Keep, Keep.of(1, 2).concat([3]).constructor.name);
console.log(Array[Symbol.species] === Array, Map[Symbol.species] === Map, Promise[Symbol.species] === Promise);
class P extends Promise { static get [Symbol.species]() { return Promise; } }
const p = P.resolve(1);
console.log(p instanceof P, p.then(() => {}) instanceof P, p.then(() => {}).constructor.name);
const arr = [1, 2];
arr.constructor = { [Symbol.species]: function (n) { this.made = n; } };
const out = arr.map(x => x);
console.log(out.made, Array.isArray(out));
