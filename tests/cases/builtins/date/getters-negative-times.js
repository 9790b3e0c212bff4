// Getters for times before the epoch and before year 0 handle negative remainders.
var times = [-1, -86400000, -86400001, -62167219200000, -62167219200001, -8.64e15, -30610224000000];
for (var i = 0; i < times.length; i++) {
  var d = new Date(times[i]);
  console.log(times[i], d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCDay(), d.getUTCHours(), d.getUTCMilliseconds(), d.toISOString());
}
