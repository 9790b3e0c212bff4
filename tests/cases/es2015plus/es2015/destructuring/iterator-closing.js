// Array destructuring drives the iterator protocol: it closes iterators it does not exhaust.
function iter(values, log) {
  let i = 0;
  return {
    [Symbol.iterator]() { log.push('iterator'); return this; },
    next() { log.push('next'); return i < values.length ? { value: values[i++], done: false } : { value: undefined, done: true }; },
    return() { log.push('return'); return {}; },
  };
}
let log = [];
const [a] = iter([1, 2, 3], log);
console.log(a, log.join(' '));
log = [];
const [b, c, d, e] = iter([1, 2], log);
console.log(b, c, d, e, log.join(' '));
log = [];
const [...all] = iter([1, 2], log);
console.log(all.join(','), log.join(' '));
log = [];
const [, ,] = iter([1, 2, 3], log);
console.log(log.join(' '));
