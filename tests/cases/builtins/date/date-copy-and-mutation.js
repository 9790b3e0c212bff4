// Dates are mutable objects: copies by time value stay independent.
var a = new Date(Date.UTC(2000, 0, 1));
var b = a;
var c = new Date(a);
var d = new Date(a.getTime());
a.setUTCFullYear(1999);
console.log(b.getUTCFullYear(), c.getUTCFullYear(), d.getUTCFullYear(), b === a, c === a);
var frozen = Object.freeze(new Date(0));
frozen.setTime(1000);
console.log(frozen.getTime(), Object.isFrozen(frozen));
