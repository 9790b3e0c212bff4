// WeakMap/WeakSet for private data and tagging: object keys only, no iteration or size, registered symbols rejected.
const privates = new WeakMap();
class Counter { constructor() { privates.set(this, { count: 0 }); } inc() { return ++privates.get(this).count; } }
const c = new Counter();
c.inc(); c.inc();
console.log(c.inc(), privates.has(c), 'size' in privates, typeof privates[Symbol.iterator]);
const seen = new WeakSet();
const visit = o => { if (seen.has(o)) return 'again'; seen.add(o); return 'first'; };
const node = {};
console.log(visit(node), visit(node), visit({}));
for (const bad of [1, 'str', null, Symbol.for('registered')]) {
  try { new WeakMap().set(bad, 1); console.log('accepted', String(bad)); } catch (e) { console.log(e.constructor.name, e.message); }
}
const local = Symbol('local');
console.log(new WeakSet().add(local).has(local), new WeakMap([[local, 'sym key']]).get(local));
