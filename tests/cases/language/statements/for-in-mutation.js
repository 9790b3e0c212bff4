// for-in skips properties deleted before they are reached; the current key is still visited.
var o = { a: 1, b: 2, c: 3, d: 4 };
var seen = [];
for (var k in o) {
  seen.push(k);
  if (k === "a") delete o.c;
}
console.log(seen.join(" "));
o = { a: 1, b: 2, c: 3 };
seen = [];
for (k in o) {
  seen.push(k);
  delete o[k];
}
console.log(seen.join(" "), Object.keys(o).length);
var arr = [1, 2, 3, 4];
seen = [];
for (k in arr) {
  seen.push(k);
  if (k === "0") arr.length = 2;
}
console.log(seen.join(" "));
