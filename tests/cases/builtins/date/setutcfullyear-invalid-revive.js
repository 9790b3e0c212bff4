// setUTCFullYear on an invalid date starts from time +0, other setters keep it invalid.
var d = new Date(NaN);
console.log(d.setUTCMonth(1), d.setUTCDate(2), d.setUTCHours(3), d.setUTCFullYear(2001), d.toISOString());
var e = new Date(NaN);
console.log(e.setUTCFullYear(2002, 3), e.toISOString());
var f = new Date(NaN);
console.log(f.setFullYear(2003, 4, 5), f.toISOString(), f.setMinutes(30), f.toISOString());
