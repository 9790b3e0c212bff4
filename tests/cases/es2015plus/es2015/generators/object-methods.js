// Generator methods in object literals: computed names, Symbol.iterator.
const key = 'dyn';
const obj = {
  *gen() { yield 1; yield 2; },
  *[key + 'amic']() { yield 'computed'; },
  *[Symbol.iterator]() { yield 'x'; yield 'y'; },
  'quoted name': function* () { yield 'q'; },
};
console.log([...obj.gen()], [...obj.dynamic()], [...obj], [...obj['quoted name']()]);
console.log(obj.gen.name);
try { new obj.gen(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
console.log(Object.getOwnPropertyNames(obj.gen).sort());
