// Leap years by the Gregorian rule, extended proleptically to negative years.
var years = [1600, 1700, 1800, 1900, 2000, 2004, 2100, 2400, 0, -4, -100, -400, 1, 275760];
for (var i = 0; i < years.length; i++) {
  var d = new Date(0);
  d.setUTCFullYear(years[i], 1, 29);
  console.log(years[i], d.getUTCMonth() === 1 ? "leap" : "common", d.getUTCDate());
}
var day = new Date(0);
day.setUTCFullYear(2001, 0, 366);
console.log(day.toISOString().slice(0, 10));
day.setUTCFullYear(2000, 0, 366);
console.log(day.toISOString().slice(0, 10));
