// await in object and array literals.
async function f() {
  var o = { a: await 1, b: [await 2, await 3], ['c' + await 'd']: 4 };
  return JSON.stringify(o);
}
f().then(function (v) { console.log(v); });
