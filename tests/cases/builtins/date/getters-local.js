// Local getters (TZ=UTC when the cases run) and getTimezoneOffset, getYear.
var d = new Date(2024, 1, 29, 23, 59, 58, 999);
console.log(d.getFullYear(), d.getMonth(), d.getDate(), d.getDay(), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds());
console.log(d.getTimezoneOffset(), d.getYear(), new Date(1899, 0).getYear(), new Date(2100, 0).getYear());
console.log(d.getTime() === d.valueOf(), +d === d.getTime());
var e = new Date(-1);
console.log(e.getFullYear(), e.getMonth(), e.getDate(), e.getDay(), e.getHours(), e.getMilliseconds());
console.log(typeof Date.prototype.getYear, typeof Date.prototype.setYear);
