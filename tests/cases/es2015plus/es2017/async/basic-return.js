// An async function returns a promise fulfilled with its return value.
async function f() { return 42; }
var p = f();
console.log(p instanceof Promise);
p.then(function (v) { console.log('value', v); });
console.log('sync end');
