// For arrays the reviver's keys are strings and this is the array; returning the holder-unchanged value keeps it.
var info = [];
var out = JSON.parse('{"list": [10, [20, 30]]}', function (k, v) {
  info.push(k + ":" + (Array.isArray(this) ? "A" + this.length : "O"));
  return Array.isArray(v) ? v.length : v;
});
console.log(info.join(" "), JSON.stringify(out));
console.log(JSON.stringify(JSON.parse('[1, [2, 3]]', function (k, v) { return typeof v === "number" ? -v : v; })));
