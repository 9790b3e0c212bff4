// Memoised recursion and recursion through closures.
var memo = {};
function fib(n) {
  if (n < 2) return n;
  if (memo[n] !== undefined) return memo[n];
  return (memo[n] = fib(n - 1) + fib(n - 2));
}
console.log(fib(50), fib(78));
function countWays(n, coins) {
  if (n === 0) return 1;
  if (n < 0 || coins.length === 0) return 0;
  return countWays(n - coins[0], coins) + countWays(n, coins.slice(1));
}
console.log(countWays(50, [25, 10, 5, 1]));
var walk = function (node, prefix, out) {
  out.push(prefix + node.name);
  for (var i = 0; i < (node.children || []).length; i++) walk(node.children[i], prefix + "  ", out);
  return out;
};
var tree = { name: "root", children: [{ name: "a", children: [{ name: "a1" }] }, { name: "b" }] };
console.log(walk(tree, "", []).join("\n"));
