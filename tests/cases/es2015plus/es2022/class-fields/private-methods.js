class Temp {
  #c = 0;
  get #f() { return this.#c * 9 / 5 + 32; }
  set #f(v) { this.#c = (v - 32) * 5 / 9; }
  #describe(unit) { return unit === 'F' ? this.#f + 'F' : this.#c + 'C'; }
  setF(v) { this.#f = v; return this; }
  show() { return [this.#describe('C'), this.#describe('F')].join(' / '); }
  tryWriteMethod() { try { this.#describe = 1; } catch (e) { return e.constructor.name + ': ' + e.message; } }
}
var t = new Temp().setF(212);
console.log(t.show());
console.log(t.tryWriteMethod());
console.log(typeof Temp.prototype.describe, Object.getOwnPropertyNames(Temp.prototype));
