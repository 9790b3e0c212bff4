// URLSearchParams iterators see changes made while iterating.
var p = new URLSearchParams('a=1&b=2&c=3');
var seen = [];
for (var pair of p) {
  seen.push(pair[0]);
  if (pair[0] === 'a') p.delete('b');
}
console.log(seen.join(','));
var it = p.entries();
console.log(JSON.stringify(it.next()), JSON.stringify(it.next()), JSON.stringify(it.next()));
console.log(typeof it[Symbol.iterator], it[Symbol.iterator]() === it);
