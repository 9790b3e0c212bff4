const tries = [
  () => Map.prototype.get.call({}, 1),
  () => Map.prototype.set.call(new Set(), 1, 2),
  () => Map.prototype.has.call([], 1),
  () => Map.prototype.entries.call(new WeakMap()),
  () => Object.getOwnPropertyDescriptor(Map.prototype, 'size').get.call(new Set()),
  () => Set.prototype.add.call(new Map(), 1),
  () => Set.prototype.values.call({}),
  () => Object.getOwnPropertyDescriptor(Set.prototype, 'size').get.call({}),
  () => new Map().keys().next.call(new Set().values()),
  () => new Set().values().next.call(new Map().keys()),
  () => Map.prototype.forEach.call(1, () => {}),
];
for (const t of tries) {
  try { t(); console.log('no error'); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
