// Formatting years before 1000, negative years and six-digit extended years.
var years = [0, 1, 99, 999, 1000, -1, -100, -10000, 10000, 275760, -271821];
for (var i = 0; i < years.length; i++) {
  var d = new Date(0);
  d.setUTCFullYear(years[i], 3, 20);
  console.log(years[i], d.toISOString(), d.toUTCString(), d.toDateString());
}
