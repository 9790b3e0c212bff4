// await inside for-of over an array of promises.
async function f(items) { var total = 0; for (var x of items) total += await x; return total; }
f([1, Promise.resolve(2), 3, Promise.resolve(4)]).then(function (v) { console.log(v); });
