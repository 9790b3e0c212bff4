// Async methods in classes and objects: this binding, super calls through await, static async, async arrows capturing this.
class Base { async load(id) { await null; return 'base ' + id; } }
class Repo extends Base {
  constructor() { super(); this.cache = new Map(); }
  async load(id) {
    if (this.cache.has(id)) return this.cache.get(id) + ' (cached)';
    const v = await super.load(id);
    this.cache.set(id, v);
    return v;
  }
  static async create() { const r = new Repo(); await r.load('warm'); return r; }
  loadAll(ids) { return Promise.all(ids.map(async id => this.load(id))); }
}
(async () => {
  const repo = await Repo.create();
  console.log(await repo.load('warm'));
  console.log((await repo.loadAll(['a', 'b', 'a'])).join(' | '));
  const obj = { n: 2, async double() { return this.n * 2; } };
  console.log(await obj.double(), obj.double.constructor.name, typeof obj.double().then);
})();
