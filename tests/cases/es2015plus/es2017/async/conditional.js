// await in conditions and ternaries.
async function f(x) {
  if (await x) console.log('truthy', x); else console.log('falsy', x);
  return (await x) ? await 'yes' : await 'no';
}
f(1).then(function (v) { console.log(v); }).then(function () { return f(0); }).then(function (v) { console.log(v); });
