// Closures that refer to themselves through a variable or a named expression.
var countdown = function (n, out) {
  out.push(n);
  return n > 0 ? countdown(n - 1, out) : out;
};
console.log(countdown(3, []).join(" "));
var original = countdown;
countdown = function (n, out) { out.push("replaced"); return out; };
console.log(original(2, []).join(" "));
var safe = function self(n, out) {
  out.push(n);
  return n > 0 ? self(n - 1, out) : out;
};
var keep = safe;
safe = null;
console.log(keep(2, []).join(" "));
function makeWalker() {
  var visited = [];
  function walk(node) {
    visited.push(node.id);
    (node.kids || []).forEach(walk);
    return visited;
  }
  return walk;
}
console.log(makeWalker()({ id: 1, kids: [{ id: 2, kids: [{ id: 3 }] }, { id: 4 }] }).join(","));
