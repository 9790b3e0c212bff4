// Async errors: rejections caught by try/await, by .catch, finally ordering, rethrow, errors thrown in then callbacks.
async function fails(msg) { await null; throw new Error(msg); }
async function run() {
  try { await fails('first'); } catch (e) { console.log('caught', e.message); } finally { console.log('finally 1'); }
  const r = await fails('second').catch(e => 'recovered ' + e.message);
  console.log(r);
  try { await Promise.all([Promise.resolve(1), fails('in all'), fails('ignored')]); } catch (e) { console.log('all rejected:', e.message); }
  const settled = await Promise.allSettled([fails('a'), 2]);
  console.log(settled.map(s => s.status).join());
  try { await Promise.resolve(1).then(() => { throw new TypeError('from then'); }); } catch (e) { console.log(e.constructor.name, e.message); }
  try { await (async () => { try { throw new Error('inner'); } finally { console.log('inner finally'); } })(); } catch (e) { console.log('rethrown', e.message); }
  return 'done';
}
run().then(v => console.log(v));
