// A throw in the body closes the iterator and propagates.
async function* g() { try { yield 1; yield 2; } finally { console.log('generator finally'); } }
(async function () {
  try { for await (var v of g()) { console.log(v); throw new Error('body threw'); } }
  catch (e) { console.log('caught', e.message); }
})();
