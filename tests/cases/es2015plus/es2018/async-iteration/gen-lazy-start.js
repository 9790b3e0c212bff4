// The body does not start until the first next().
async function* g() { console.log('body start'); yield 'x'; }
var it = g();
console.log('created');
it.next().then(function (r) { console.log('value', r.value); });
console.log('after next');
