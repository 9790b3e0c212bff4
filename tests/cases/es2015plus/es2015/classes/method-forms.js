// Method forms: computed names, symbol names, numeric and string keys, generator and async methods.
const sym = Symbol('tag');
class M {
  ['com' + 'puted']() { return 'computed'; }
  [sym]() { return 'symbol'; }
  42() { return 'number'; }
  'quoted key'() { return 'string'; }
  *gen() { yield 1; yield 2; }
  async am() { return 'async'; }
  static 'static key'() { return 'static string'; }
}
const m = new M();
console.log(m.computed(), m[sym](), m[42](), m['quoted key'](), M['static key']());
console.log([...m.gen()].join(','));
m.am().then(v => console.log(v));
console.log(Object.getOwnPropertyNames(M.prototype).join(','));
console.log(M.prototype[sym].name, M.prototype.computed.name, M.prototype[42].name);
