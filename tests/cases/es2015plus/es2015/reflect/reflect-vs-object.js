// Reflect versus Object: booleans instead of exceptions, no primitive coercion, ownKeys including symbols.
const frozen = Object.freeze({ a: 1 });
console.log(Reflect.defineProperty(frozen, 'b', { value: 1 }), Reflect.set(frozen, 'a', 2), Reflect.deleteProperty(frozen, 'a'));
try { Object.defineProperty(frozen, 'b', { value: 1 }); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(Object.keys('ab').join(), Object.getPrototypeOf(1) === Number.prototype);
try { Reflect.ownKeys('ab'); } catch (e) { console.log(e.constructor.name, e.message); }
const s = Symbol('s');
const o = { [s]: 1, b: 2 };
Object.defineProperty(o, 'hidden', { value: 3 });
console.log(Reflect.ownKeys(o).map(String).join(), Object.keys(o).join(), Object.getOwnPropertyNames(o).join());
console.log(Reflect.has(o, s), Reflect.getOwnPropertyDescriptor(o, 'hidden').enumerable, Reflect.apply(Array.prototype.join, [1, 2], ['-']));
