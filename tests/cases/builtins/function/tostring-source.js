// Function.prototype.toString returns the exact source text of user functions.
function plain(a, b) { return a + b; }
console.log(plain.toString());
var expr = function named ( x ) {
  // comment kept
  return x;
};
console.log(String(expr));
console.log((x => x * 2).toString(), (async (a) => { await a; }).toString());
var o = { method(a) { return a; }, get prop() { return 1; }, ["comp" + "uted"]() {} };
console.log(o.method.toString(), Object.getOwnPropertyDescriptor(o, "prop").get.toString());
console.log(o.computed.toString());
console.log((function* gen() { yield 1; }).toString());
class C { constructor() { this.a = 1; } static s() {} }
console.log(C.toString());
console.log(C.s.toString());
