// Date.parse reads back what toString, toUTCString and toISOString print (to the second).
var times = [0, 1e12, -1e12, 1234567890123, Date.UTC(1969, 6, 20, 20, 17, 40), Date.UTC(2038, 0, 19, 3, 14, 7)];
for (var i = 0; i < times.length; i++) {
  var d = new Date(times[i]);
  var sec = Math.floor(times[i] / 1000) * 1000;
  console.log(Date.parse(d.toString()) === sec, Date.parse(d.toUTCString()) === sec,
    Date.parse(d.toISOString()) === times[i], Date.parse(d.toLocaleString()) === sec);
}
