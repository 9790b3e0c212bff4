// A throw in an async function rejects its promise.
async function f() { throw new TypeError('bad thing'); }
var p = f();
console.log('returned', p instanceof Promise);
p.catch(function (e) { console.log(e.name, e.message); });
