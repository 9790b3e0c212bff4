// Explicit offsets in date strings are honoured whatever the local zone is.
var texts = ["2020-06-01T12:00:00+00:00", "2020-06-01T12:00:00+05:30", "2020-06-01T12:00:00-08:00",
  "2020-06-01T12:00:00.5-01:00", "Mon, 01 Jun 2020 12:00:00 +0200", "Jun 1 2020 12:00:00 GMT-0700",
  "Jun 1 2020 12:00:00 UT", "Jun 1 2020 12:00:00 CST", "Jun 1 2020 12:00:00 MDT", "Jun 1 2020 12:00:00 GMT+1"];
for (var i = 0; i < texts.length; i++) {
  var t = Date.parse(texts[i]);
  console.log(texts[i], t, isNaN(t) ? "-" : new Date(t).toISOString());
}
