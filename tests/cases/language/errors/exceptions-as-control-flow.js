// Exceptions used to exit deep searches early.
function findPath(tree, target) {
  var path = [];
  function walk(node) {
    path.push(node.id);
    if (node.id === target) throw { found: path.join("/") };
    for (var i = 0; i < (node.kids || []).length; i++) walk(node.kids[i]);
    path.pop();
  }
  try { walk(tree); } catch (signal) {
    if (signal && signal.found) return signal.found;
    throw signal;
  }
  return "not found";
}
var tree = { id: "root", kids: [{ id: "a", kids: [{ id: "a1" }, { id: "a2" }] }, { id: "b", kids: [{ id: "b1" }] }] };
console.log(findPath(tree, "a2"), findPath(tree, "b1"), findPath(tree, "zz"));
var bad = { id: "x", kids: null };
bad.kids = [{ get id() { throw new TypeError("broken node"); } }];
try { findPath(bad, "y"); } catch (e) { console.log(e.name, e.message); }
