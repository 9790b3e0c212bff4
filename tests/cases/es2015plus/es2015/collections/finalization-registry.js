const registry = new FinalizationRegistry(held => console.log('cleanup', held));
const target = {};
const token = {};
console.log(registry.register(target, 'held value', token));
console.log(registry.register({}, 'other'));
console.log(registry.unregister(token), registry.unregister(token), registry.unregister({}));
const attempts = [
  () => registry.register(1, 'x'),
  () => registry.register(target, target),
  () => registry.register(target, 'x', 5),
  () => registry.unregister(1),
  () => new FinalizationRegistry(),
  () => FinalizationRegistry(() => {}),
  () => FinalizationRegistry.prototype.register.call({}, {}),
];
for (const a of attempts) {
  try { a(); console.log('ok'); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
console.log(registry);
