// Generator.prototype methods on other values.
function* g() { yield 1; }
const proto = Object.getPrototypeOf(g());
for (const name of ['next', 'return', 'throw']) {
  for (const v of [{}, 1, undefined, 'str', [], null]) {
    try { proto[name].call(v); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
  }
}
