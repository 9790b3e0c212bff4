// new Date(y, m, d, h, mi, s, ms) in local time (the cases run with TZ=UTC), with defaults.
function show(d) { return d.getTime() + " " + d.toISOString(); }
console.log(show(new Date(2020, 0)));
console.log(show(new Date(2020, 0, 15)));
console.log(show(new Date(2020, 5, 15, 13)));
console.log(show(new Date(2020, 5, 15, 13, 45)));
console.log(show(new Date(2020, 5, 15, 13, 45, 30)));
console.log(show(new Date(2020, 5, 15, 13, 45, 30, 123)));
console.log(show(new Date(99, 0)), show(new Date(0, 0)), show(new Date(100, 0)));
console.log(show(new Date(-1, 0)), show(new Date(2020.9, 1.9, 3.7)));
console.log(new Date(2020, NaN).getTime(), new Date(2020, 0, Infinity).getTime(), new Date(undefined, 0).getTime());
console.log(new Date("2020", "1", "2").getTime(), new Date(2020, 0, 1, 0, 0, 0, 0.9).getMilliseconds());
