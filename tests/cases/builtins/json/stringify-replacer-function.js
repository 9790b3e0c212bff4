// A replacer function sees the wrapper holder first, then every key with this = holder.
var calls = [];
var out = JSON.stringify({ a: 1, b: [2, 3], c: { d: 4 } }, function (k, v) {
  calls.push(JSON.stringify(k) + ":" + (Array.isArray(this) ? "arr" : typeof this));
  return v;
});
console.log(out);
console.log(calls.join(" "));
console.log(JSON.stringify({ a: 1, b: "two", c: 3 }, function (k, v) { return typeof v === "number" ? v * 10 : v; }));
console.log(JSON.stringify({ a: 1, b: 2 }, function (k, v) { return k === "b" ? undefined : v; }));
console.log(JSON.stringify([1, 2], function (k, v) { return k === "0" ? undefined : v; }));
console.log(JSON.stringify({ a: 1 }, function (k, v) { return k === "" ? [9, 8] : v; }));
console.log(JSON.stringify(5, function () { return undefined; }), JSON.stringify(5, function () { return function () {}; }));
var holder;
JSON.stringify(7, function (k, v) { holder = this; return v; });
console.log(Object.keys(holder).length, JSON.stringify(Object.keys(holder)[0]), holder[""]);
