// Getters and setters on class prototypes, computed accessor names, accessor pairs merged.
const key = 'dyn';
class Temp {
  constructor() { this._c = 0; }
  get f() { return this._c * 9 / 5 + 32; }
  set f(v) { this._c = (v - 32) * 5 / 9; }
  get [key + 'amic']() { return 'computed getter'; }
  get onlyGet() { return 1; }
}
const t = new Temp();
t.f = 212;
console.log(t._c, t.f, t.dynamic);
const d = Object.getOwnPropertyDescriptor(Temp.prototype, 'f');
console.log(typeof d.get, typeof d.set, d.enumerable);
t.onlyGet = 5;
console.log(t.onlyGet);
(function () { 'use strict'; try { t.onlyGet = 5; } catch (e) { console.log(e.constructor.name, e.message); } })();
console.log(Object.keys(t).join(','));
