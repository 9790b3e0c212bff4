// Returning a promise from an async function adopts it (two extra ticks).
async function f() { return Promise.resolve('f'); }
async function g() { return 'g'; }
f().then(function (v) { console.log(v); });
g().then(function (v) { console.log(v); });
Promise.resolve().then(function () { console.log('t1'); }).then(function () { console.log('t2'); }).then(function () { console.log('t3'); }).then(function () { console.log('t4'); });
