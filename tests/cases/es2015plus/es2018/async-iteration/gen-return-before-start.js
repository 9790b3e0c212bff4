// return() and throw() on a not-started generator.
async function* g() { console.log('never'); yield 1; }
var a = g();
a.return('R').then(function (r) { console.log('return', r.value, r.done); });
var b = g();
b.throw(new Error('T')).catch(function (e) { console.log('throw', e.message); });
b.next().then(function (r) { console.log('after throw', r.value, r.done); });
