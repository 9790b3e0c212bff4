// Expanded years need a sign and six digits; -000000 is rejected.
var texts = ["0000-01-01", "0001-01-01", "9999-12-31", "+010000-01-01", "-010000-01-01", "+000000-01-01", "10000-01-01",
  "-0001-01-01", "+20-01-01", "1970-01-01T00:00:00.000+00:00", "1969-12-31T23:59:59.999Z"];
for (var i = 0; i < texts.length; i++) {
  var t = Date.parse(texts[i]);
  console.log(texts[i], t, isNaN(t) ? "-" : new Date(t).toISOString());
}
