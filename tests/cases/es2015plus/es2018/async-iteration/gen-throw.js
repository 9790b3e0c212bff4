// throw() raises inside the generator at the yield.
async function* g() { try { yield 1; } catch (e) { console.log('inside', e); yield 'recovered'; } }
(async function () {
  var it = g();
  await it.next();
  var r = await it.throw('oops');
  console.log(r.value, r.done);
  r = await it.next();
  console.log(r.value, r.done);
})();
