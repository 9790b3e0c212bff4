// A return statement's value is the last result, with done: true.
function* g() { yield 'a'; return 'b'; }
const it = g();
console.log(it.next(), it.next(), it.next());
function* empty() {}
console.log(empty().next());
function* onlyReturn() { return 42; }
console.log(onlyReturn().next());
