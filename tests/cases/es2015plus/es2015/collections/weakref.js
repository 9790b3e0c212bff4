const target = { name: 'target' };
const ref = new WeakRef(target);
console.log(ref.deref() === target, ref.deref().name);
console.log(ref, Object.getPrototypeOf(ref) === WeakRef.prototype);
const symRef = new WeakRef(Symbol('held'));
console.log(typeof symRef.deref());
for (const bad of [1, 'x', null, undefined, Symbol.for('reg')]) {
  try { new WeakRef(bad); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
try { WeakRef({}); } catch (e) { console.log(e.message); }
try { WeakRef.prototype.deref.call({}); } catch (e) { console.log(e.message); }
