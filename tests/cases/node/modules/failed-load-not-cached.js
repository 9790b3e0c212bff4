// A module that throws while loading is not cached: the next require runs it again.
try {
  require('./fixtures/fails-once');
} catch (e) {
  console.log('caught:', e.message);
}
console.log(require.resolve('./fixtures/fails-once') in require.cache);
console.log(require('./fixtures/fails-once').ok, global.failsOnceRuns);
console.log(module.children.map(function (m) { return require('path').basename(m.id); }));
