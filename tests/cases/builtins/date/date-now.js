// Date.now is a number of whole milliseconds close to new Date().getTime().
var a = Date.now();
var b = new Date().getTime();
var c = Date.now();
console.log(typeof a, a === Math.floor(a), a <= b, b <= c, c - a < 5000);
console.log(a > Date.UTC(2020, 0), Date.now.length, Date.now.name);
console.log(Math.abs(+new Date() - Date.now()) < 5000, new Date().getFullYear() >= 2020);
