// WeakRef and FinalizationRegistry API shapes (collection itself is not observed deterministically).
const target = { big: 'object' };
const ref = new WeakRef(target);
console.log(ref.deref() === target, Object.prototype.toString.call(ref), typeof WeakRef.prototype.deref);
const registry = new FinalizationRegistry(held => console.log('finalized', held));
const token = {};
console.log(registry.register(target, 'held value', token), registry.unregister(token), registry.unregister({}));
try { new WeakRef(1); } catch (e) { console.log(e.constructor.name, e.message); }
try { registry.register(target, target); } catch (e) { console.log(e.constructor.name, e.message); }
try { WeakRef({}); } catch (e) { console.log(e.constructor.name); }
console.log(Object.prototype.toString.call(registry), FinalizationRegistry.length, WeakRef.length);
