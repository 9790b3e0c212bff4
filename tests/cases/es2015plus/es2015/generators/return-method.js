// return(): completes the generator; later calls report done.
function* g() { yield 1; yield 2; }
const it = g();
console.log(it.next());
console.log(it.return('early'));
console.log(it.next());
console.log(it.return());
console.log(it.return(5));
