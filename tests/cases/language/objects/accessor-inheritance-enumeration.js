// Accessors on prototypes are shared; own accessors show up in keys only when enumerable.
function Temp(c) { this._c = c; }
Object.defineProperty(Temp.prototype, "f", {
  get: function () { return this._c * 1.8 + 32; },
  set: function (f) { this._c = (f - 32) / 1.8; },
  enumerable: true
});
var t1 = new Temp(100), t2 = new Temp(0);
console.log(t1.f, t2.f);
t2.f = 50;
console.log(t2._c, Object.keys(t2).join(","), t2.hasOwnProperty("f"));
var keys = [];
for (var k in t1) keys.push(k);
console.log(keys.join(","));
var lit = { get a() { return 1; }, b: 2 };
Object.defineProperty(lit, "c", { get: function () { return 3; } });
console.log(Object.keys(lit).join(","), lit.c);
