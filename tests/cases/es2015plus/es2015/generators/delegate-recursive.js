// Recursive delegation: tree traversal.
function* walk(node, depth = 0) {
  if (!node) return;
  yield* walk(node.left, depth + 1);
  yield '  '.repeat(depth) + node.value;
  yield* walk(node.right, depth + 1);
}
const tree = { value: 'd', left: { value: 'b', left: { value: 'a' }, right: { value: 'c' } }, right: { value: 'f', left: { value: 'e' } } };
for (const line of walk(tree)) console.log(line);
function* flatten(arr) { for (const x of arr) Array.isArray(x) ? yield* flatten(x) : yield x; }
console.log([...flatten([1, [2, [3, [4, [5]]]], 6])]);
