// Closures created across awaits capture the right bindings.
async function f() {
  var fns = [];
  for (let i = 0; i < 3; i++) { await null; fns.push(function () { return i; }); }
  let x = 'before';
  var get = function () { return x; };
  await null;
  x = 'after';
  return fns.map(function (g) { return g(); }).join(',') + ' ' + get();
}
f().then(function (v) { console.log(v); });
