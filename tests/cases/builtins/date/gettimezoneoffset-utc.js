// getTimezoneOffset is 0 in UTC for any date, including historic ones.
var times = [0, -1e12, 1e12, Date.UTC(1900, 0, 1), Date.UTC(2020, 6, 1), Date.UTC(2020, 0, 1), -8.64e15, 8.64e15];
console.log(times.map(function (t) { return new Date(t).getTimezoneOffset(); }).join(","));
console.log(new Date(NaN).getTimezoneOffset(), Date.prototype.getTimezoneOffset.length);
