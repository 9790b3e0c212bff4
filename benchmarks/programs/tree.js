// tree: builds a JSON-like tree of objects and arrays (nested records with string, number,
// boolean and array fields), walks it recursively to sum fields and count kinds, and
// round-trips one subtree through JSON.stringify and JSON.parse.
var seed = 12345;
function random(limit) {
  seed = (seed * 69069 + 1) % 4294967296;
  return Math.floor((seed / 4294967296) * limit);
}

var nextId = 0;
function build(depth) {
  var id = nextId++;
  var node = {
    id: id,
    name: 'node' + id,
    active: id % 3 !== 0,
    weight: random(1000),
    tags: [],
    meta: { created: 1000 + id, owner: { name: 'user' + (id % 17), level: id % 5 } },
    children: [],
  };
  var tagCount = random(4);
  for (var t = 0; t < tagCount; t++) node.tags.push('t' + random(20));
  if (depth > 0) {
    var childCount = 2 + random(3);
    for (var c = 0; c < childCount; c++) node.children.push(build(depth - 1));
  }
  return node;
}

function Stats() {
  this.nodes = 0;
  this.active = 0;
  this.weight = 0;
  this.tags = 0;
  this.levels = 0;
  this.nameChars = 0;
  this.maxDepth = 0;
}

function walk(node, depth, stats) {
  stats.nodes++;
  if (node.active) stats.active++;
  stats.weight += node.weight;
  stats.tags += node.tags.length;
  stats.levels += node.meta.owner.level;
  stats.nameChars += node.name.length + node.meta.owner.name.length;
  if (depth > stats.maxDepth) stats.maxDepth = depth;
  for (var i = 0; i < node.children.length; i++) walk(node.children[i], depth + 1, stats);
}

// Sums every number in a value of any JSON shape, looking at keys generically.
function sumNumbers(value) {
  if (typeof value === 'number') return value;
  if (value === null || typeof value !== 'object') return 0;
  var total = 0;
  if (value instanceof Array) {
    for (var i = 0; i < value.length; i++) total += sumNumbers(value[i]);
  } else {
    for (var key in value) {
      if (value.hasOwnProperty(key)) total += sumNumbers(value[key]);
    }
  }
  return total;
}

var checksum = 0;
for (var round = 0; round < 30; round++) {
  nextId = 0;
  var root = build(7);
  var stats = new Stats();
  walk(root, 0, stats);
  var numbers = sumNumbers(root);
  var text = JSON.stringify(root.children[0].children[0]);
  var copy = JSON.parse(text);
  var copyStats = new Stats();
  walk(copy, 0, copyStats);
  checksum = (checksum * 31 + stats.nodes + stats.active * 3 + stats.weight + stats.tags * 5 + stats.levels * 7 +
    stats.nameChars + stats.maxDepth + numbers + text.length + copyStats.weight) % 1000000007;
}
console.log('tree ' + checksum);
