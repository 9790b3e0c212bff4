// A binary search tree with recursion, in-order traversal, height and deletion, on plain objects.
function insert(node, key) { if (!node) return { key: key, left: null, right: null }; if (key < node.key) node.left = insert(node.left, key); else if (key > node.key) node.right = insert(node.right, key); return node; }
function inorder(node, out) { if (node) { inorder(node.left, out); out.push(node.key); inorder(node.right, out); } return out; }
function height(node) { return node ? 1 + Math.max(height(node.left), height(node.right)) : 0; }
function min(node) { while (node.left) node = node.left; return node; }
function remove(node, key) {
  if (!node) return null;
  if (key < node.key) node.left = remove(node.left, key);
  else if (key > node.key) node.right = remove(node.right, key);
  else if (!node.left || !node.right) return node.left || node.right;
  else { var m = min(node.right); node.key = m.key; node.right = remove(node.right, m.key); }
  return node;
}
var root = null;
[50, 30, 70, 20, 40, 60, 80, 35, 45, 65].forEach(function (k) { root = insert(root, k); });
console.log(inorder(root, []).join(' '), height(root));
[20, 30, 50].forEach(function (k) { root = remove(root, k); console.log('-' + k, inorder(root, []).join(' '), 'root', root.key); });
var keys = []; for (var i = 0; i < 200; i++) keys.push((i * 37) % 200);
var big = null; keys.forEach(function (k) { big = insert(big, k); });
var sorted = inorder(big, []);
console.log(sorted.length, sorted.every(function (v, i) { return v === i; }), height(big));
