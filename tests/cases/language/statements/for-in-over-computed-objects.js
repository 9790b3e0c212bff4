// for-in evaluates its object expression once, before the first iteration.
var evaluated = 0;
function source() { evaluated++; return { a: 1, b: 2, c: 3 }; }
var keys = [];
for (var k in source()) keys.push(k);
console.log(keys.join(","), evaluated);
var current = { x: 1, y: 2 };
keys = [];
for (k in current) {
  keys.push(k);
  current = { replaced: true };
}
console.log(keys.join(","));
var arrays = [[1, 2], ["a"]];
var total = [];
for (var i in arrays) for (var j in arrays[i]) total.push(i + "." + j);
console.log(total.join(" "));
