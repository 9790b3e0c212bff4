// Errors in parameter initialization reject the promise instead of throwing.
async function f({ a }) { return a; }
var p = f();
console.log('no throw', p instanceof Promise);
p.catch(function (e) { console.log(e.constructor.name); });
async function g(x = (function () { throw new Error('default threw'); })()) { return x; }
g().catch(function (e) { console.log(e.message); });
g(5).then(function (v) { console.log('given', v); });
