// setMonth keeps the day of month, so the 31st rolls into the next month when it is too short.
var d = new Date(Date.UTC(2021, 0, 31));
var out = [];
for (var m = 1; m < 12; m++) {
  var c = new Date(d.getTime());
  c.setUTCMonth(m);
  out.push(c.toISOString().slice(5, 10));
}
console.log(out.join(" "));
var leap = new Date(Date.UTC(2020, 1, 29));
leap.setUTCFullYear(2021);
console.log(leap.toISOString().slice(0, 10));
