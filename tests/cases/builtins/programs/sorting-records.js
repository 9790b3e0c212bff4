// Sorting records by several keys: stable sort, localeCompare, numeric strings, dates and reverse.
var people = [
  { name: 'Émile', age: 30, joined: '2021-03-01' }, { name: 'bob', age: 25, joined: '2020-01-15' },
  { name: 'Alice', age: 30, joined: '2019-07-30' }, { name: 'dave', age: 25, joined: '2022-11-02' },
  { name: 'Carol', age: 35, joined: '2020-01-15' },
];
function by() {
  var keys = Array.prototype.slice.call(arguments);
  return function (a, b) {
    for (var i = 0; i < keys.length; i++) { var r = keys[i](a, b); if (r) return r; }
    return 0;
  };
}
var byAge = function (a, b) { return a.age - b.age; };
var byName = function (a, b) { return a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }); };
var byJoined = function (a, b) { return Date.parse(a.joined) - Date.parse(b.joined); };
console.log(people.slice().sort(by(byAge, byName)).map(function (p) { return p.name; }).join(','));
console.log(people.slice().sort(by(byJoined)).map(function (p) { return p.name; }).join(','));
console.log(people.slice().sort(byName).reverse().map(function (p) { return p.name; }).join(','));
console.log(['10', '9', '1', '100', '2'].sort().join(), ['10', '9', '1', '100', '2'].sort(function (a, b) { return a - b; }).join());
console.log(['b', 'a', 'C', 'B', 'c', 'A'].sort().join(''), ['b', 'a', 'C', 'B', 'c', 'A'].sort(function (a, b) { return a.localeCompare(b); }).join(''));
