// Anonymous functions, arrows, methods and accessors under computed keys take the key as their name (SetFunctionName).
var k = 'foo';
var sym = Symbol('tag');
var anon = Symbol();
var o = {
  [k]: function () {},
  ['b' + 1]: () => 1,
  [sym]: function () {},
  [anon]: () => 0,
  [k + 'M']() {},
  get [k + 'G']() { return 1; },
  set [k + 'G'](v) {},
  [42]: function () {},
  ['named']: function own() {},
};
console.log(o.foo.name, o.b1.name, o[sym].name, JSON.stringify(o[anon].name), o.fooM.name, o[42].name, o.named.name);
var d = Object.getOwnPropertyDescriptor(o, 'fooG');
console.log(d.get.name, d.set.name);
class C {
  static [k]() {}
  ['m' + 2]() {}
  get [sym]() { return 2; }
  static get [k + 'S']() { return 3; }
}
console.log(C.foo.name, C.prototype.m2.name);
console.log(Object.getOwnPropertyDescriptor(C.prototype, sym).get.name);
console.log(Object.getOwnPropertyDescriptor(C, 'fooS').get.name);
let E = class {};
var F = class { static name() { return 'own'; } };
var { G = class {} } = {};
console.log(E.name, typeof F.name, G.name);
