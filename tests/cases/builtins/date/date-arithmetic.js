// Day arithmetic with time values and setUTCDate, across month and leap-year boundaries.
var DAY = 86400000;
var start = Date.UTC(2020, 1, 27);
for (var i = 0; i < 5; i++) console.log(new Date(start + i * DAY).toISOString().slice(0, 10));
var d = new Date(Date.UTC(2019, 1, 27));
d.setUTCDate(d.getUTCDate() + 3);
console.log(d.toISOString().slice(0, 10));
console.log((Date.UTC(2021, 0, 1) - Date.UTC(2020, 0, 1)) / DAY, (Date.UTC(2100, 0, 1) - Date.UTC(2099, 0, 1)) / DAY);
console.log((Date.UTC(2000, 2, 1) - Date.UTC(2000, 1, 1)) / DAY, (Date.UTC(1900, 2, 1) - Date.UTC(1900, 1, 1)) / DAY);
function daysInMonth(y, m) { return new Date(Date.UTC(y, m + 1, 0)).getUTCDate(); }
console.log(daysInMonth(2020, 1), daysInMonth(2021, 1), daysInMonth(2000, 1), daysInMonth(1900, 1), daysInMonth(2020, 11));
console.log(new Date(Date.UTC(2024, 0, 1)).getUTCDay(), new Date(Date.UTC(1, 0, 1)).getUTCDay(), new Date(Date.UTC(-1, 0, 1)).getUTCDay());
