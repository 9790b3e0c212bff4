// structuredClone of nested structures: independence from the source, key order, sparse arrays, shared subtrees, big graphs.
const tree = { name: 'root', children: [] };
for (let i = 0; i < 3; i++) tree.children.push({ name: 'c' + i, parent: tree, tags: new Set(['t' + i]) });
const copy = structuredClone(tree);
copy.children[0].name = 'changed';
console.log(tree.children[0].name, copy.children[0].parent === copy, copy.children[2].tags.has('t2'));
const ordered = structuredClone({ b: 1, 2: 'two', a: 2, 1: 'one' });
console.log(Object.keys(ordered).join());
const sparse = structuredClone([1, , , 4]);
console.log(sparse.length, Object.keys(sparse).join());
const leaf = { v: 1 };
const graph = structuredClone({ x: leaf, y: { z: leaf }, list: [leaf, leaf] });
console.log(graph.x === graph.y.z, graph.list[0] === graph.x, graph.x !== leaf);
let chain = {};
const head = chain;
for (let i = 0; i < 1000; i++) { chain.next = { i }; chain = chain.next; }
let count = 0;
for (let n = structuredClone(head).next; n; n = n.next) count++;
console.log(count);
const m = new Map([['self', null]]);
m.set('self', m);
const mc = structuredClone(m);
console.log(mc.get('self') === mc, mc !== m);
const date = new Date(Date.UTC(2020, 0, 1));
const dates = structuredClone([date, date]);
console.log(dates[0] === dates[1], dates[0].toISOString());
