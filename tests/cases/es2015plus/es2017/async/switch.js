// await in switch discriminant and cases.
async function f(v) {
  switch (await v) {
    case await 'a': return 'is a';
    case 'b': await null; return 'is b';
    default: return 'other ' + await v;
  }
}
Promise.all([f('a'), f('b'), f('c')]).then(function (r) { console.log(r.join(';')); });
