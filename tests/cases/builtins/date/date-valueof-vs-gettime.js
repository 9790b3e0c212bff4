// valueOf and getTime are separate functions with the same results.
var d = new Date(123);
console.log(d.valueOf(), d.getTime(), Date.prototype.valueOf === Date.prototype.getTime, Date.prototype.valueOf.name);
d.getTime = function () { return "own"; };
console.log(d.valueOf(), +d, d.getTime());
console.log(Number(new Date(5)), Number(new Date(NaN)), new Date(7) * 1, new Date(7) / 7);
