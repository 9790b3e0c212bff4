// await of a rejected promise throws the reason at the await.
async function f() {
  try { await Promise.reject(new Error('nope')); console.log('not here'); }
  catch (e) { console.log('caught', e.message); }
  return 'done';
}
f().then(function (v) { console.log(v); });
