// Legacy parsing of month and weekday names: prefixes, case and position.
var texts = ["Feb 3 2001", "february 3 2001", "FEBRUARY 3 2001", "3 Feb 2001", "2001 Feb 3", "Febr 3 2001", "Fe 3 2001",
  "Sat Feb 3 2001", "Saturday Feb 3 2001", "Xyz Feb 3 2001", "Feb 3, 2001 10:20:30", "Dec 25 1995 13:30 GMT",
  "Sept 1 2001", "Jun 31 2001", "Jan 1 10000"];
for (var i = 0; i < texts.length; i++) {
  var t = Date.parse(texts[i]);
  console.log(JSON.stringify(texts[i]), t, isNaN(t) ? "-" : new Date(t).toISOString());
}
