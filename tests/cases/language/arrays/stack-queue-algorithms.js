// Arrays as stacks and queues: bracket matching and breadth-first traversal.
function balanced(s) {
  var stack = [], pairs = { ")": "(", "]": "[", "}": "{" };
  for (var i = 0; i < s.length; i++) {
    var ch = s.charAt(i);
    if (ch === "(" || ch === "[" || ch === "{") stack.push(ch);
    else if (pairs[ch]) { if (stack.pop() !== pairs[ch]) return false; }
  }
  return stack.length === 0;
}
console.log(balanced("([]{})"), balanced("([)]"), balanced("(("), balanced(""), balanced("a(b)c"));
var graph = { a: ["b", "c"], b: ["d"], c: ["d", "e"], d: ["f"], e: ["f"], f: [] };
function bfs(start) {
  var queue = [start], seen = {}, order = [];
  seen[start] = true;
  while (queue.length) {
    var node = queue.shift();
    order.push(node);
    for (var i = 0; i < graph[node].length; i++) {
      var next = graph[node][i];
      if (!seen[next]) { seen[next] = true; queue.push(next); }
    }
  }
  return order.join("");
}
console.log(bfs("a"), bfs("c"));
