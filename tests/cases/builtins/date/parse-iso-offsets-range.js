// ISO offsets from -23:59 to +23:59; hours beyond 23 in the offset are rejected.
var offs = ["+00:00", "-00:00", "+23:59", "-23:59", "+24:00", "+12:60", "+0530", "+05", "Z"];
for (var i = 0; i < offs.length; i++) {
  var t = Date.parse("2000-01-01T00:00:00" + offs[i]);
  console.log(offs[i], t, isNaN(t) ? "-" : new Date(t).toISOString());
}
