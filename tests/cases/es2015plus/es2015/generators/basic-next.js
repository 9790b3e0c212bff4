// next() runs the body to each yield, then to the end.
function* count() { yield 1; yield 2; yield 3; }
const it = count();
console.log(it.next());
console.log(it.next());
console.log(it.next());
console.log(it.next());
console.log(it.next());
