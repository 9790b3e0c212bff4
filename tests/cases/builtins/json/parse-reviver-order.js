// The reviver runs depth-first, children before parents, with this bound to the holder.
var calls = [];
var result = JSON.parse('{"a": [1, {"b": 2}], "c": {"d": 3}, "e": 4}', function (key, value) {
  calls.push(JSON.stringify(key) + (Array.isArray(this) ? "@array" : "@object"));
  return value;
});
console.log(calls.join(" "));
console.log(result.a[1].b, result.c.d);
var root;
JSON.parse('[5]', function (k, v) { if (k === "") root = this; return v; });
console.log(Object.keys(root).join(","), JSON.stringify(root[""]));
var types = [];
JSON.parse('[10, 20]', function (k, v) { types.push(typeof k + ":" + k); return v; });
console.log(types.join(" "));
