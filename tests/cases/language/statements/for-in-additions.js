// Properties added during for-in enumeration are not guaranteed; V8 skips them.
var o = { a: 1, b: 2 };
var seen = [];
for (var k in o) {
  seen.push(k);
  if (k === "a") { o.c = 3; o.d = 4; }
}
console.log(seen.join(" "), Object.keys(o).join(" "));
var arr = [1, 2];
seen = [];
for (k in arr) {
  seen.push(k);
  if (seen.length === 1) arr.push(3);
}
console.log(seen.join(" "), arr.length);
var proto = { inherited: 1 };
var child = Object.create(proto);
child.own = 1;
seen = [];
for (k in child) {
  seen.push(k);
  if (k === "own") proto.lateInherited = 2;
}
console.log(seen.join(" "));
