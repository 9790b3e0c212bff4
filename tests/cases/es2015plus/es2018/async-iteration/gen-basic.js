// An async generator yields through promises of iterator results.
async function* g() { yield 1; yield 2; return 3; }
var it = g();
it.next().then(function (r) { console.log(r.value, r.done); });
it.next().then(function (r) { console.log(r.value, r.done); });
it.next().then(function (r) { console.log(r.value, r.done); });
it.next().then(function (r) { console.log(r.value, r.done); });
