// await inside for-in.
async function f(o) { var keys = []; for (var k in o) keys.push(k + '=' + await o[k]); return keys.join('&'); }
f({ a: 1, b: Promise.resolve(2), c: 'x' }).then(function (v) { console.log(v); });
