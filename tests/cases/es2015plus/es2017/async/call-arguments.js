// await in call arguments keeps the evaluation order.
function add(a, b, c) { return a + '-' + b + '-' + c; }
async function f() { return add(await 'x', 'y', await Promise.resolve('z')); }
f().then(function (v) { console.log(v); });
async function g() { var o = { m: function (a, b) { return this.k + a + b; }, k: 'K' }; return o.m(await 1, await 2); }
g().then(function (v) { console.log(v); });
