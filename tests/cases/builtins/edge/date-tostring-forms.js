// Date string forms across the epoch and extreme years, in UTC (the runner sets TZ=UTC).
[0, -1, 86400000 * 365.25 * 30, -62198755200000, 253402300799999, -8.64e15, 8.64e15, 951782400000].forEach(function (t) {
  var d = new Date(t);
  console.log([d.toString(), d.toDateString(), d.toTimeString(), d.toUTCString(), d.toISOString(), d.toJSON()].join(' | '));
});
console.log(String(new Date(NaN)), new Date(NaN).toDateString(), new Date(NaN).toUTCString(), new Date(NaN).toJSON(), new Date(NaN).toLocaleString());
