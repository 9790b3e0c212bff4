// The value passed to next() becomes the value of the yield expression; the first one is ignored.
function* echo() {
  let received = [];
  while (true) {
    const v = yield received.length;
    if (v === 'stop') return received;
    received.push(v);
  }
}
const it = echo();
console.log(it.next('ignored'));
console.log(it.next('x'));
console.log(it.next('y'));
console.log(it.next('stop'));
