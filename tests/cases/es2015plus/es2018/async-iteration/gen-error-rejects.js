// An exception in the body rejects that next() and completes the generator.
async function* g() { yield 1; throw new Error('body error'); }
(async function () {
  var it = g();
  console.log((await it.next()).value);
  try { await it.next(); } catch (e) { console.log('rejected', e.message); }
  var r = await it.next();
  console.log(r.value, r.done);
})();
