// Comparing and sorting dates goes through valueOf; == between two Date objects compares identity.
var a = new Date(Date.UTC(2020, 0, 1)), b = new Date(Date.UTC(2020, 0, 1)), c = new Date(Date.UTC(2019, 0, 1));
console.log(a == b, a === b, +a === +b, a.getTime() === b.getTime(), a <= b, a >= b, a > c, c < a);
var list = [a, c, new Date(Date.UTC(2021, 5, 5)), new Date(0)];
list.sort(function (x, y) { return x - y; });
console.log(list.map(function (d) { return d.toISOString().slice(0, 4); }).join(","));
console.log(Math.max(a, c) === a.getTime(), Math.min.apply(null, list) === 0);
console.log(a - c, (a - c) / 86400000, typeof (a - c), a + 0 === a.toString() + "0");
