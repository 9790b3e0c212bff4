// A throw in try still runs finally, then rejects.
async function f() {
  try { await null; throw new Error('x'); }
  finally { console.log('cleanup'); }
}
f().catch(function (e) { console.log('rejected', e.message); });
