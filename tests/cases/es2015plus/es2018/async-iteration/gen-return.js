// return() runs finally blocks and completes.
async function* g() { try { yield 1; yield 2; } finally { console.log('cleanup'); } }
(async function () {
  var it = g();
  console.log((await it.next()).value);
  var r = await it.return('early');
  console.log(r.value, r.done);
  r = await it.next();
  console.log(r.value, r.done);
})();
