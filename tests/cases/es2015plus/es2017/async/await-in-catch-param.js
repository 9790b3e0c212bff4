// The catch binding and awaits inside catch and finally.
async function f() {
  try { throw { code: await 'E1' }; }
  catch ({ code }) { return code + await '!'; }
}
f().then(function (v) { console.log(v); });
