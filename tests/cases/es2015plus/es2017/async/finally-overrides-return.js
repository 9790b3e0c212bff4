// A return in finally replaces the try's return.
async function f() {
  try { return await 'try'; } finally { return 'finally'; }
}
f().then(function (v) { console.log(v); });
