// Durations between dates: day counts, weekdays, adding months with overflow, and human-readable formatting.
var DAY = 864e5;
function days(a, b) { return Math.round((Date.UTC.apply(null, b) - Date.UTC.apply(null, a)) / DAY); }
console.log(days([2024, 0, 1], [2024, 11, 31]), days([2023, 0, 1], [2023, 11, 31]), days([2000, 1, 28], [2000, 2, 1]), days([1900, 1, 28], [1900, 2, 1]));
function addMonths(d, n) { var r = new Date(d.getTime()); var day = r.getUTCDate(); r.setUTCDate(1); r.setUTCMonth(r.getUTCMonth() + n); r.setUTCDate(Math.min(day, new Date(Date.UTC(r.getUTCFullYear(), r.getUTCMonth() + 1, 0)).getUTCDate())); return r; }
[1, 2, 12, -1, 13].forEach(function (n) { console.log(n, addMonths(new Date(Date.UTC(2024, 0, 31)), n).toISOString().slice(0, 10)); });
function human(ms) {
  var parts = [], units = [['d', DAY], ['h', 36e5], ['m', 6e4], ['s', 1e3]];
  units.forEach(function (u) { var n = Math.floor(ms / u[1]); if (n) { parts.push(n + u[0]); ms -= n * u[1]; } });
  return parts.join(' ') || '0s';
}
console.log(human(93784000), human(59999), human(0), human(DAY * 400 + 1000));
var weekdays = 0;
for (var t = Date.UTC(2024, 4, 1); t < Date.UTC(2024, 5, 1); t += DAY) { var wd = new Date(t).getUTCDay(); if (wd > 0 && wd < 6) weekdays++; }
console.log('weekdays in May 2024:', weekdays);
