// Function.prototype[Symbol.hasInstance] is OrdinaryHasInstance and is non-writable.
var h = Function.prototype[Symbol.hasInstance];
var d = Object.getOwnPropertyDescriptor(Function.prototype, Symbol.hasInstance);
console.log(d.writable, d.enumerable, d.configurable, h.length, h.name);
function F() {}
console.log(h.call(F, new F()), h.call(F, {}), h.call({}, {}), h.call(F, 1));
var bound = F.bind(null);
console.log(h.call(bound, new F()));
F[Symbol.hasInstance] = function () { return true; };
console.log({} instanceof F);
