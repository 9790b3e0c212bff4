// format: util.format with each placeholder and util.inspect of nested objects, arrays that
// group into columns, long strings and circular structures, as console.log formats them.
var util = require('util');

function hash(s) {
  var h = 0;
  for (var i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) % 1000000007;
  return h;
}

function record(i) {
  return {
    id: i,
    name: 'item-' + i,
    tags: ['t' + (i % 7), 't' + (i % 11), 'shared'],
    price: i * 1.25,
    nested: { level: { deeper: { deepest: i } } },
    flags: [true, false, i % 2 === 0],
    note: i % 5 === 0 ? "it's quoted" : 'plain text ' + i
  };
}

var numbers = [];
for (var n = 0; n < 60; n++) numbers.push(n * n);
var words = [];
for (var w = 0; w < 40; w++) words.push('word' + w);
var circular = { name: 'root', children: [] };
circular.children.push({ parent: circular, name: 'child' });

var checksum = 0;
for (var round = 0; round < 2; round++) {
  for (var i = 0; i < 150; i++) {
    var r = record(i + round);
    checksum = (checksum + hash(util.format('%s has %d items costing %f (%j) %o', r.name, i, r.price, r.tags, r.flags))) % 1000000007;
    checksum = (checksum + hash(util.inspect(r))) % 1000000007;
    checksum = (checksum + hash(util.format('%O and', r.nested, 'extra', i, null))) % 1000000007;
  }
  checksum = (checksum + hash(util.inspect(numbers)) + hash(util.inspect(words)) + hash(util.inspect(circular))) % 1000000007;
  checksum = (checksum + hash(util.inspect({ text: 'a long line of text\n'.repeat(20) }))) % 1000000007;
}
console.log('format ' + checksum);
