class Registry {
  static #items = [];
  static #count = 0;
  static add(x) { Registry.#items.push(x); Registry.#count++; return this; }
  static get size() { return Registry.#count; }
  static #format() { return Registry.#items.join('+'); }
  static dump() { return this.#format(); }
}
Registry.add('a').add('b');
console.log(Registry.size, Registry.dump());
class Sub extends Registry {}
try { Sub.dump(); } catch (e) { console.log(e.constructor.name, e.message); }
