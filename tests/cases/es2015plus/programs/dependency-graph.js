// Topological sort of a dependency graph with Map/Set, destructuring and generators; cycles reported by path.
const deps = new Map(Object.entries({ app: ['ui', 'api'], ui: ['core', 'theme'], api: ['core', 'http'], http: ['core'], theme: [], core: [] }));
function* topo(graph) {
  const done = new Set(), active = new Set();
  function* visit(node, path) {
    if (done.has(node)) return;
    if (active.has(node)) throw new Error(`cycle: ${[...path, node].join(' -> ')}`);
    active.add(node);
    for (const d of graph.get(node) ?? []) yield* visit(d, [...path, node]);
    active.delete(node); done.add(node);
    yield node;
  }
  for (const node of [...graph.keys()].sort()) yield* visit(node, []);
}
console.log([...topo(deps)].join(' '));
deps.set('core', ['app']);
try { [...topo(deps)]; } catch (e) { console.log(e.message); }
