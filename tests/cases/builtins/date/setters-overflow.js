// Setters take out-of-range components and carry them into the larger units.
var d = new Date(Date.UTC(2020, 0, 31));
console.log(d.setUTCMonth(1), d.toISOString());
d = new Date(Date.UTC(2020, 0, 1));
console.log(d.setUTCDate(0), d.toISOString());
console.log(d.setUTCDate(-30), d.toISOString());
console.log(d.setUTCHours(25), d.toISOString());
console.log(d.setUTCMinutes(-1), d.toISOString());
console.log(d.setUTCSeconds(3600), d.toISOString());
console.log(d.setUTCMilliseconds(-1), d.toISOString());
console.log(d.setUTCMonth(-13), d.toISOString());
console.log(d.setUTCFullYear(2021, 13, 40), d.toISOString());
console.log(d.setUTCHours(1, 2, 3, 4), d.toISOString());
console.log(d.setUTCMinutes(70, 70, 1070), d.toISOString());
