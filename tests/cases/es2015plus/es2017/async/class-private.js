// Private async methods.
class Counter {
  #n = 0;
  async #bump(by) { await null; this.#n += by; return this.#n; }
  async run() { await this.#bump(2); return this.#bump(3); }
}
new Counter().run().then(function (v) { console.log('n', v); });
