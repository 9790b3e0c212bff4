// Accessor properties print as [Getter], [Setter] or [Getter/Setter] without being called.
var calls = 0;
var o = {
  get g() { calls++; return 1; },
  set s(v) {},
  get gs() { calls++; return 2; },
  set gs(v) {},
  plain: 3
};
console.log(o);
console.log(calls);
var withHidden = { visible: 1 };
Object.defineProperty(withHidden, "hidden", { value: 2, enumerable: false });
console.log(withHidden);
