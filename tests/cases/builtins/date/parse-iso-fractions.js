// ISO fractions of a second: one to nine digits, truncated (not rounded) to milliseconds.
var fr = ["1", "12", "123", "1234", "9999", "999999999", "0001"];
for (var i = 0; i < fr.length; i++) {
  var t = Date.parse("2020-01-01T00:00:00." + fr[i] + "Z");
  console.log(fr[i], t, isNaN(t) ? "-" : new Date(t).getUTCMilliseconds());
}
console.log(Date.parse("2020-01-01T00:00:00.Z"), Date.parse("2020-01-01T00:00.5Z"), Date.parse("2020-01-01T00:00:00,5Z"));
