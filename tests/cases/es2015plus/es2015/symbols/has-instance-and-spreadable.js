// Symbol.hasInstance customises instanceof; Symbol.isConcatSpreadable customises concat.
class Even { static [Symbol.hasInstance](n) { return n % 2 === 0; } }
console.log(2 instanceof Even, 3 instanceof Even);
const Fn = function () {};
console.log(typeof Function.prototype[Symbol.hasInstance], Function.prototype[Symbol.hasInstance].call(Fn, new Fn()));
try { ({}) instanceof {}; } catch (e) { console.log(e.constructor.name, e.message); }
const spreadable = { length: 2, 0: 'a', 1: 'b', [Symbol.isConcatSpreadable]: true };
console.log([1].concat(spreadable).join(','));
const notSpread = [3, 4];
notSpread[Symbol.isConcatSpreadable] = false;
const r = [1].concat(notSpread);
console.log(r.length, Array.isArray(r[1]));
class Coll extends Array { get [Symbol.isConcatSpreadable]() { return false; } }
console.log([0].concat(Coll.of(1, 2)).length);
