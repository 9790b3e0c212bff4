// await of a fulfilled native promise yields its value.
async function f() { var v = await Promise.resolve(7); console.log('got', v); return v + 1; }
f().then(function (v) { console.log('result', v); });
