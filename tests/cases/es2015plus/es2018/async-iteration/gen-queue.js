// Requests queue up while the generator runs; results settle in order.
async function* g() { console.log('start'); yield 'a'; await null; yield 'b'; }
var it = g();
it.next().then(function (r) { console.log('1', r.value, r.done); });
it.next().then(function (r) { console.log('2', r.value, r.done); });
it.next().then(function (r) { console.log('3', r.value, r.done); });
console.log('queued');
