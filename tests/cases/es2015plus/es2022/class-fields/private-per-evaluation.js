// Each evaluation of a class body creates new private names.
function make() {
  return class { #v = 1; static get(o) { return o.#v; } };
}
var A1 = make(), A2 = make();
console.log(A1.get(new A1()));
try { A1.get(new A2()); } catch (e) { console.log(e.constructor.name); }
