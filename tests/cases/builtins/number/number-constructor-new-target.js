// Number as a constructor and as a function, with subclasses.
class Money extends Number {
  constructor(v) { super(v); this.currency = "EUR"; }
  format() { return this.toFixed(2) + " " + this.currency; }
}
var m = new Money("12.5");
console.log(m.format(), m + 1, m instanceof Number, typeof m, Object.prototype.toString.call(m), m.valueOf());
console.log(Number("7") === 7, new Number("7") !== 7, typeof Number(), Object.is(Number(-0), -0));
