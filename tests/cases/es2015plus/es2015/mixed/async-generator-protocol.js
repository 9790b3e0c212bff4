// Async generator protocol: queued next() calls resolve in order, return() while suspended runs finally, throw() rejects.
async function* gen() {
  try { yield 1; yield await Promise.resolve(2); yield 3; } finally { console.log('gen finally'); }
}
(async () => {
  const it = gen();
  const results = await Promise.all([it.next(), it.next(), it.next(), it.next()]);
  console.log(results.map(r => JSON.stringify(r)).join(' '));
  const it2 = gen();
  await it2.next();
  console.log(JSON.stringify(await it2.return('bye')), JSON.stringify(await it2.next()));
  const it3 = gen();
  await it3.next();
  try { await it3.throw(new Error('injected')); } catch (e) { console.log('rejected with', e.message); }
  console.log(Object.prototype.toString.call(it3), typeof it3[Symbol.asyncIterator], it3[Symbol.asyncIterator]() === it3);
})();
