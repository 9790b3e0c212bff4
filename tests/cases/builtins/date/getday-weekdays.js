// getUTCDay across a range of known dates, including before 1970 and before year 1.
var dates = [[1970, 0, 1], [2000, 0, 1], [2000, 1, 29], [1900, 0, 1], [1776, 6, 4], [1, 0, 1], [0, 0, 1], [-1, 11, 31], [2038, 0, 19], [9999, 11, 31]];
var names = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
for (var i = 0; i < dates.length; i++) {
  var d = new Date(0);
  d.setUTCFullYear(dates[i][0], dates[i][1], dates[i][2]);
  console.log(dates[i].join("-"), names[d.getUTCDay()], d.toUTCString().slice(0, 3));
}
