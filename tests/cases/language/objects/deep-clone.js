// A recursive deep clone copies nested objects and arrays but keeps shared structure separate.
function clone(v) {
  if (v === null || typeof v !== "object") return v;
  var out = Array.isArray(v) ? [] : {};
  for (var k in v) if (v.hasOwnProperty(k)) out[k] = clone(v[k]);
  return out;
}
var original = { n: 1, s: "x", list: [1, [2, 3]], nested: { deep: { value: true } }, nothing: null };
var copy = clone(original);
copy.list[1].push(4);
copy.nested.deep.value = false;
console.log(JSON.stringify(original));
console.log(JSON.stringify(copy));
console.log(copy.list !== original.list, Array.isArray(copy.list), copy.nothing === null);
var shared = { tag: "shared" };
var withShared = { a: shared, b: shared };
var cloned = clone(withShared);
console.log(withShared.a === withShared.b, cloned.a === cloned.b);
