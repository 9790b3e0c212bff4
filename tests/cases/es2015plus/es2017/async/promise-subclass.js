// await of a Promise subclass instance goes through its then.
class MyPromise extends Promise {
  then(a, b) { console.log('MyPromise.then'); return super.then(a, b); }
}
async function f() { return await MyPromise.resolve('sub'); }
f().then(function (v) { console.log(v); });
