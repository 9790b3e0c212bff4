// Local time (TZ=UTC for the cases): constructor, getters and toString agree on one instant.
var d = new Date(2019, 11, 31, 23, 59, 59, 999);
console.log(d.toString());
console.log(d.getTime(), d.toISOString());
d.setMilliseconds(1000);
console.log(d.toString(), d.getFullYear(), d.getMonth(), d.getDate());
var e = new Date(1970, 0, 1);
console.log(e.getTime(), e.getTimezoneOffset(), e.toTimeString());
console.log(new Date(2020, 1, 29).toDateString(), new Date(2021, 1, 29).toDateString());
console.log(new Date(1900, 0, 1).toString(), new Date(1, 0, 1).toString());
