class NoSpecies extends Promise {
  static get [Symbol.species]() { return Promise; }
}
const p = new NoSpecies(r => r(1));
const q = p.then(() => {});
console.log(q instanceof NoSpecies, q instanceof Promise);
console.log(Object.getOwnPropertyDescriptor(Promise, Symbol.species).get.name, Promise[Symbol.species] === Promise);
const r = Promise.resolve();
r.constructor = undefined;
console.log(r.then() instanceof Promise);
r.constructor = 5;
try { r.then(); } catch (e) { console.log(e.message); }
r.constructor = { [Symbol.species]: 7 };
try { r.then(); } catch (e) { console.log(e.message); }
