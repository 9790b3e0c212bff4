// Comparator functions: numeric, multi-key, reversed and consistency with stability.
var people = [
  { name: "Cy", age: 30 }, { name: "Ann", age: 25 }, { name: "Bo", age: 30 },
  { name: "Di", age: 25 }, { name: "Ed", age: 40 }
];
function by(key, desc) {
  return function (a, b) {
    var r = a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : 0;
    return desc ? -r : r;
  };
}
function names(list) { return list.map(function (p) { return p.name; }).join(","); }
console.log(names(people.slice().sort(by("name"))));
console.log(names(people.slice().sort(by("age"))));
console.log(names(people.slice().sort(by("age", true))));
console.log(names(people.slice().sort(function (a, b) { return a.age - b.age || (a.name < b.name ? -1 : 1); })));
var comparisons = 0;
[5, 3, 1, 4, 2].sort(function (a, b) { comparisons++; return a - b; });
console.log(comparisons > 0);
console.log([3, 1, 2].sort(function () { return 0; }).join(","));
