// With TZ=UTC the local and UTC setters and getters agree.
var d = new Date(0), e = new Date(0);
d.setFullYear(2015, 6, 14); e.setUTCFullYear(2015, 6, 14);
d.setHours(9, 8, 7, 6); e.setUTCHours(9, 8, 7, 6);
console.log(d.getTime() === e.getTime(), d.toISOString());
console.log(d.getHours() === d.getUTCHours(), d.getDay() === d.getUTCDay(), d.getTimezoneOffset());
console.log(new Date(2015, 6, 14, 9, 8, 7, 6).getTime() === Date.UTC(2015, 6, 14, 9, 8, 7, 6));
console.log(d.toString());
console.log(d.toTimeString());
