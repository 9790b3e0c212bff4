// A small LRU cache on Map insertion order, with a class, getters, iteration and destructuring.
class LRU {
  #max; #map = new Map();
  constructor(max) { this.#max = max; }
  get size() { return this.#map.size; }
  get(key) {
    if (!this.#map.has(key)) return undefined;
    const value = this.#map.get(key);
    this.#map.delete(key);
    this.#map.set(key, value);
    return value;
  }
  set(key, value) {
    this.#map.delete(key);
    this.#map.set(key, value);
    if (this.#map.size > this.#max) {
      const [oldest] = this.#map.keys();
      this.#map.delete(oldest);
    }
    return this;
  }
  *[Symbol.iterator]() { yield* [...this.#map].reverse(); }
}
const cache = new LRU(3);
cache.set('a', 1).set('b', 2).set('c', 3);
cache.get('a');
cache.set('d', 4);
console.log(cache.size, [...cache].map(([k, v]) => `${k}=${v}`).join(' '));
console.log(cache.get('b'), cache.get('c'));
for (const [k] of cache) process.stdout.write(k);
console.log();
