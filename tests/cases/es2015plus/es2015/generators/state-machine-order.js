// The observable order of side effects across yields and resumptions.
const log = [];
function* g() {
  log.push('start');
  try {
    log.push('try');
    const x = yield log.push('yield 1');
    log.push('got ' + x);
    yield log.push('yield 2');
  } finally {
    log.push('finally');
  }
  log.push('end');
}
const it = g();
log.push('created');
it.next('a'); log.push('after next 1');
it.next('b'); log.push('after next 2');
it.next('c'); log.push('after next 3');
it.next('d');
console.log(log.join('\n'));
