// The UTC getters on instants around the epoch, leap days and year ends.
var times = [0, -1, 951782400000, 951868800000, 1609459199999, -62135596800000, 253402300799999, -2208988800001];
for (var i = 0; i < times.length; i++) {
  var d = new Date(times[i]);
  console.log(times[i], d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCDay(),
    d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds());
}
