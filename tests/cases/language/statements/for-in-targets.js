// for-in assigns each key to any left-hand side: var, existing var, property or element.
var o = { x: 1, y: 2 };
var target = {};
for (target.last in o) {}
console.log(target.last);
var list = [];
var i = 0;
for (list[i++] in o) {}
console.log(list.join(","), i);
var outer;
for (outer in o) {}
console.log(outer);
for (var declared in {}) {}
console.log(typeof declared);
(function () {
  for (var local in { q: 1 }) {}
  console.log(local);
})();
var count = 0;
for (var key in { a: 1, b: 2 }) { count++; key = "changed"; }
console.log(count, key);
