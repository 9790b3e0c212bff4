// Accessors receive the object the property was read through as this, even when inherited.
var base = {
  _v: "base",
  get v() { return "get " + this._v; },
  set v(x) { this._v = x + "!"; }
};
var derived = Object.create(base);
derived._v = "derived";
console.log(base.v, derived.v);
derived.v = "new";
console.log(derived._v, base._v, derived.hasOwnProperty("v"));
var counter = { n: 0, get next() { return ++this.n; } };
console.log(counter.next, counter.next, counter.n);
var desc = Object.getOwnPropertyDescriptor(base, "v");
console.log(typeof desc.get, typeof desc.set, desc.enumerable, desc.configurable);
console.log(desc.get.call({ _v: "other" }));
