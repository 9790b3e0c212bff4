// Date.parse tolerates extra spaces, commas and case in the legacy format, not in ISO.
var texts = ["  Jan  2  2020  ", "jan 2 2020", "JAN 2, 2020", "Jan,2,2020", "2020-01-02 ", " 2020-01-02", "2020-01-02T10:00:00z",
  "Thu, 02 Jan 2020 10:00:00 gmt", "Jan 2 2020 10:00 am", "Jan 2 2020 10:00 P.M."];
for (var i = 0; i < texts.length; i++) {
  var t = Date.parse(texts[i]);
  console.log(JSON.stringify(texts[i]), t, isNaN(t) ? "-" : new Date(t).toISOString());
}
