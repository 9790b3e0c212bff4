// Date.UTC and getters across the year boundary, negative years, leap seconds-free arithmetic, getDay of old dates.
console.log(Date.UTC(1970, 0, 1), Date.UTC(1969, 11, 31, 23, 59, 59, 999), Date.UTC(-1, 0), Date.UTC(275760, 8, 13), Date.UTC(275760, 8, 13, 0, 0, 0, 1));
var d = new Date(Date.UTC(-44, 2, 15));
console.log(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCDay(), d.toISOString());
console.log(new Date(Date.UTC(1600, 1, 29)).getUTCDate(), new Date(Date.UTC(1700, 1, 29)).getUTCDate(), new Date(Date.UTC(2000, 1, 29)).getUTCDate());
console.log([0, 1, 2, 3, 4, 5, 6].map(function (i) { return new Date(Date.UTC(2024, 0, 7 + i)).getUTCDay(); }).join(''), new Date(0).getUTCDay());
console.log(Date.UTC(2020, 0, 1, 25) === Date.UTC(2020, 0, 2, 1), Date.UTC(2020, 0, 1, 0, -1), Date.UTC('2020', '1'), Date.UTC(2020.9, 0.9));
