const wm = new WeakMap();
const k1 = {}, k2 = function () {}, k3 = Symbol('local');
console.log(wm.set(k1, 'one') === wm);
wm.set(k2, 'two').set(k3, 'three');
console.log(wm.get(k1), wm.get(k2), wm.get(k3), wm.get({}), wm.get(1));
console.log(wm.has(k1), wm.has({}), wm.has('x'), wm.delete(k1), wm.delete(k1), wm.has(k1), wm.delete(5));
wm.set(k2, 'replaced');
console.log(wm.get(k2));
for (const bad of [1, 'str', null, undefined, true, Symbol.for('registered')]) {
  try { wm.set(bad, 1); console.log('accepted'); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
