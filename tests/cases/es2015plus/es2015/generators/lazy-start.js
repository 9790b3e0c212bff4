// The body does not run until the first next(); parameters are bound at the call.
const log = [];
function* g(a, b = log.push('default') ) { log.push('body ' + a + ' ' + b); yield a; }
const it = g(1);
log.push('created');
console.log(log.join(', '));
console.log(it.next().value, log.join(', '));
