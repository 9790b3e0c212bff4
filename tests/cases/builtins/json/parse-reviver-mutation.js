// A reviver that adds or removes properties of its holder affects the rest of the walk.
var seen = [];
var out = JSON.parse('{"a": 1, "b": 2, "c": 3}', function (k, v) {
  seen.push(k);
  if (k === "a") { delete this.b; this.z = 26; }
  return v;
});
console.log(seen.join(","), Object.keys(out).join(","), out.b);
seen = [];
var arr = JSON.parse('[1, 2, 3]', function (k, v) {
  seen.push(k);
  if (k === "0") this.length = 1;
  return v;
});
console.log(seen.join(","), arr.length);
seen = [];
JSON.parse('{"x": {"y": 1}}', function (k, v) {
  seen.push(k);
  if (k === "y") this.extra = { inner: true };
  return v;
});
console.log(seen.join(","));
