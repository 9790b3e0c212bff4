// Reviver results replace values; undefined deletes properties and array slots become holes.
var r = JSON.parse('{"keep": 1, "drop": 2, "double": 3, "list": [1, 2, 3]}', function (k, v) {
  if (k === "drop") return undefined;
  if (k === "double") return v * 2;
  if (k === "1" && typeof v === "number") return undefined;
  return v;
});
console.log(Object.keys(r).join(","), r.double, "drop" in r);
console.log(r.list.length, 1 in r.list, r.list[1], r.list.join("|"));
var dates = JSON.parse('{"when": "2020-01-02T03:04:05.000Z"}', function (k, v) {
  return typeof v === "string" && /^\d{4}-/.test(v) ? new Date(v) : v;
});
console.log(dates.when instanceof Date, dates.when.getTime());
console.log(JSON.parse('[1, 2]', function (k, v) { return k === "" ? "replaced" : v; }));
console.log(JSON.parse('5', function (k, v) { return v + 1; }), JSON.parse('"x"', "not a function"));
