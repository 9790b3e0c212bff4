// json: JSON.stringify and JSON.parse round trips of a generated tree of objects, arrays,
// strings (with characters that need escapes), numbers, booleans and nulls; also with
// indentation, a replacer function and a reviver; prints a checksum of texts and values.
var seed = 99;
function random() {
  seed = (seed * 16807) % 2147483647; // Park-Miller: exact in doubles, no ToInt32 on large values
  return seed;
}

var names = ['id', 'name', 'value', 'children', 'tags', 'enabled', 'ratio', 'note'];
function makeTree(depth) {
  var node = {
    id: random() % 100000,
    name: 'node-' + (random() % 1000) + (random() % 7 === 0 ? ' "quoted"\t\u00e9\n' : ''),
    ratio: (random() % 10000) / 97,
    enabled: random() % 2 === 0,
    note: random() % 5 === 0 ? null : 'n' + random() % 50,
    tags: [],
  };
  for (var t = random() % 4; t > 0; t--) node.tags.push(names[random() % names.length]);
  if (depth > 0) {
    node.children = [];
    for (var c = 2 + random() % 3; c > 0; c--) node.children.push(makeTree(depth - 1));
  }
  return node;
}

function mix(h, v) {
  return (h * 31 + v) % 1000000007;
}

function hashText(s) {
  var h = s.length;
  for (var i = 0; i < s.length; i += 5) h = mix(h, s.charCodeAt(i));
  return h;
}

function sumTree(node) {
  var h = node.id + (node.enabled ? 1 : 0) + node.tags.length + Math.round(node.ratio);
  if (node.children) for (var i = 0; i < node.children.length; i++) h = mix(h, sumTree(node.children[i]));
  return h;
}

var checksum = 0;
for (var round = 0; round < 1; round++) {
  var tree = makeTree(7);
  var text = JSON.stringify(tree);
  var back = JSON.parse(text);
  checksum = mix(checksum, hashText(text) + sumTree(back));

  var pretty = JSON.stringify(back, null, 2);
  checksum = mix(checksum, hashText(pretty));
  var again = JSON.parse(pretty);
  checksum = mix(checksum, JSON.stringify(again) === text ? 1 : 2);

  var filtered = JSON.stringify(back, function (key, value) {
    if (key === 'note') return undefined;
    if (typeof value === 'number') return Math.floor(value);
    return value;
  });
  var revived = JSON.parse(filtered, function (key, value) {
    return key === 'id' ? value % 1000 : value;
  });
  checksum = mix(checksum, hashText(filtered) + sumTree(revived));

  var rows = [];
  for (var i = 0; i < 3000; i++) rows.push([i, 'row' + i, i % 3 === 0, { x: i / 4, y: [i, -i] }]);
  var table = JSON.parse(JSON.stringify({ rows: rows }));
  checksum = mix(checksum, table.rows.length + hashText(JSON.stringify(table.rows[1234])));
}
console.log('json ' + checksum);
