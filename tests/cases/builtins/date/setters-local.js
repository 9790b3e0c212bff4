// Local setters with optional arguments and their return values.
var d = new Date(2020, 0, 1);
console.log(d.setFullYear(2021), d.getFullYear(), d.getMonth(), d.getDate());
console.log(d.setFullYear(2022, 5), d.getMonth(), d.setFullYear(2023, 5, 20), d.getDate());
console.log(d.setMonth(1, 29), d.getMonth(), d.getDate());
console.log(d.setDate(31), d.getMonth(), d.getDate());
console.log(d.setHours(10, 20, 30, 400), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds());
console.log(d.setMinutes(5, 6), d.getMinutes(), d.getSeconds());
console.log(d.setSeconds(7, 8), d.getSeconds(), d.getMilliseconds());
console.log(d.setMilliseconds(1500), d.getSeconds(), d.getMilliseconds());
console.log(d.setTime(86400000), d.toISOString(), d.setTime("5"), d.setTime(), d.getTime());
