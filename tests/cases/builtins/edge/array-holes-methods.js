// How each Array method treats holes: skipped by callbacks, preserved by map, read as undefined by iterators.
var a = [1, , 3];
var visits = [];
a.forEach(function (v, i) { visits.push(i); });
console.log(visits.join(), JSON.stringify(a.map(function (x) { return x * 2; })), 1 in a.map(function (x) { return x; }));
console.log(a.filter(function () { return true; }).length, a.some(function (v) { return v === undefined; }), a.every(function (v) { return v !== undefined; }));
console.log(a.indexOf(undefined), a.includes(undefined), a.findIndex(function (v) { return v === undefined; }), a.find(function (v, i) { return i === 1; }));
console.log(JSON.stringify([].concat(a)), 1 in [].concat(a), 1 in a.slice(), JSON.stringify(Array.from(a)), 1 in Array.from(a), JSON.stringify([...a]));
console.log(a.join('-'), a.toString(), String([, , ,]), [, 'x'].length, a.reduce(function (s, v) { return s + v; }));
var r = a.slice().reverse();
console.log(JSON.stringify(r), 1 in r, Object.keys(r).join());
var f = [, 2, , 4].flat();
console.log(JSON.stringify(f), JSON.stringify([, [, 1]].flat()), JSON.stringify(a.entries().next()), Array.prototype.keys.call([, ,]).next().value);
