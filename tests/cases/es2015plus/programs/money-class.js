// A Money value class: private fields, static factories, Symbol.toPrimitive, toJSON, equality and allocation by ratios.
class Money {
  #cents; #currency;
  constructor(cents, currency = 'USD') { if (!Number.isInteger(cents)) throw new RangeError('cents must be an integer'); this.#cents = cents; this.#currency = currency; Object.freeze(this); }
  static of(amount, currency) { return new Money(Math.round(amount * 100), currency); }
  get amount() { return this.#cents / 100; }
  plus(other) { this.#check(other); return new Money(this.#cents + other.#cents, this.#currency); }
  #check(other) { if (!(#cents in other) || other.#currency !== this.#currency) throw new TypeError(`currency mismatch: ${this.#currency}/${other.#currency}`); }
  allocate(...ratios) {
    const total = ratios.reduce((a, b) => a + b, 0);
    const parts = ratios.map(r => Math.floor(this.#cents * r / total));
    let rest = this.#cents - parts.reduce((a, b) => a + b, 0);
    return parts.map((p, i) => new Money(p + (i < rest ? 1 : 0), this.#currency));
  }
  equals(other) { return other instanceof Money && other.#cents === this.#cents && other.#currency === this.#currency; }
  [Symbol.toPrimitive](hint) { return hint === 'number' ? this.amount : `${this.amount.toFixed(2)} ${this.#currency}`; }
  toJSON() { return { amount: this.amount, currency: this.#currency }; }
}
const a = Money.of(10.05), b = Money.of(0.95);
console.log(`${a.plus(b)}`, +a.plus(b), JSON.stringify(a), a.equals(Money.of(10.05)), a === Money.of(10.05));
console.log(Money.of(100).allocate(1, 1, 1).map(String).join(' | '));
try { a.plus(Money.of(1, 'EUR')); } catch (e) { console.log(e.name, e.message); }
try { new Money(1.5); } catch (e) { console.log(e.name, e.message); }
try { a.plus({}); } catch (e) { console.log(e.name, e.message); }
