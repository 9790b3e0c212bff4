// Recursion a thousand levels deep completes normally.
function depth(n) { return n === 0 ? 0 : 1 + depth(n - 1); }
console.log(depth(1000));
function buildList(n) { return n === 0 ? null : { value: n, next: buildList(n - 1) }; }
function listLength(node) { return node === null ? 0 : 1 + listLength(node.next); }
function listSum(node) { return node ? node.value + listSum(node.next) : 0; }
var list = buildList(800);
console.log(listLength(list), listSum(list));
function ackermann(m, n) {
  if (m === 0) return n + 1;
  if (n === 0) return ackermann(m - 1, 1);
  return ackermann(m - 1, ackermann(m, n - 1));
}
console.log(ackermann(2, 3), ackermann(3, 3));
function hanoi(n, from, to, via, moves) {
  if (n === 0) return moves;
  hanoi(n - 1, from, via, to, moves);
  moves.push(from + to);
  return hanoi(n - 1, via, to, from, moves);
}
var moves = hanoi(4, "A", "C", "B", []);
console.log(moves.length, moves.slice(0, 5).join(" "));
