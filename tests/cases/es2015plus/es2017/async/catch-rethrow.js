// Rethrowing from catch after an await rejects with the new error.
async function f() {
  try { await Promise.reject(new Error('first')); }
  catch (e) { await null; throw new Error('second from ' + e.message); }
}
f().catch(function (e) { console.log(e.message); });
