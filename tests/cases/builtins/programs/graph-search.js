// Breadth-first and depth-first search and Dijkstra over an adjacency list built from strings.
var edges = 'A-B:4 A-C:2 B-C:5 B-D:10 C-E:3 E-D:4 D-F:11 E-F:20'.split(' ');
var graph = {};
edges.forEach(function (e) {
  var m = /^(\w)-(\w):(\d+)$/.exec(e), a = m[1], b = m[2], w = +m[3];
  (graph[a] = graph[a] || []).push([b, w]);
  (graph[b] = graph[b] || []).push([a, w]);
});
Object.keys(graph).forEach(function (k) { graph[k].sort(function (x, y) { return x[0] < y[0] ? -1 : 1; }); });
function bfs(start) { var seen = {}, q = [start], out = []; seen[start] = true; while (q.length) { var n = q.shift(); out.push(n); graph[n].forEach(function (e) { if (!seen[e[0]]) { seen[e[0]] = true; q.push(e[0]); } }); } return out.join(''); }
function dfs(n, seen, out) { seen[n] = true; out.push(n); graph[n].forEach(function (e) { if (!seen[e[0]]) dfs(e[0], seen, out); }); return out.join(''); }
function dijkstra(src) {
  var dist = {}, prev = {}, done = {};
  Object.keys(graph).forEach(function (k) { dist[k] = Infinity; });
  dist[src] = 0;
  for (;;) {
    var u = Object.keys(dist).filter(function (k) { return !done[k]; }).sort(function (a, b) { return dist[a] - dist[b] || (a < b ? -1 : 1); })[0];
    if (!u || dist[u] === Infinity) break;
    done[u] = true;
    graph[u].forEach(function (e) { if (dist[u] + e[1] < dist[e[0]]) { dist[e[0]] = dist[u] + e[1]; prev[e[0]] = u; } });
  }
  return { dist: dist, path: function (t) { var p = [t]; while (prev[p[0]]) p.unshift(prev[p[0]]); return p.join('>'); } };
}
var r = dijkstra('A');
console.log(bfs('A'), dfs('A', {}, []), JSON.stringify(r.dist), r.path('F'), r.path('D'));
