// Async methods in classes, including static ones.
class Store {
  constructor() { this.items = ['a', 'b']; }
  async count() { await null; return this.items.length; }
  static async create() { var s = new Store(); await s.count(); return s; }
}
Store.create().then(function (s) { return s.count(); }).then(function (n) { console.log('count', n); });
console.log(typeof Store.prototype.count, Store.prototype.count.hasOwnProperty('prototype'));
