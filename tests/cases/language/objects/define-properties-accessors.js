// Accessors defined with defineProperty and defineProperties; redefinition rules.
var o = {};
var store = 0;
Object.defineProperty(o, "acc", {
  get: function () { return store; },
  set: function (v) { store = v * 10; },
  configurable: true
});
o.acc = 3;
console.log(o.acc, store);
Object.defineProperty(o, "acc", { value: "now data", writable: true });
var d = Object.getOwnPropertyDescriptor(o, "acc");
console.log(d.value, d.writable, typeof d.get, d.configurable);
Object.defineProperties(o, {
  a: { value: 1, enumerable: true },
  b: { get: function () { return this.a + 1; }, enumerable: true }
});
console.log(o.a, o.b, Object.keys(o).join(","));
var getterOnly = Object.defineProperty({}, "g", { get: function () { return 1; } });
getterOnly.g = 2;
console.log(getterOnly.g);
var setterOnly = Object.defineProperty({}, "s", { set: function (v) {} });
console.log(setterOnly.s);
