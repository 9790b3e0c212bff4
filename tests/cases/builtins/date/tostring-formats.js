// toString, toDateString, toTimeString, toUTCString, toGMTString and toISOString for one instant.
var d = new Date(Date.UTC(2021, 6, 4, 5, 6, 7, 89));
console.log(d.toString());
console.log(d.toDateString());
console.log(d.toTimeString());
console.log(d.toUTCString());
console.log(d.toGMTString(), Date.prototype.toGMTString === Date.prototype.toUTCString);
console.log(d.toISOString());
console.log(d.toJSON());
console.log(String(d) === d.toString(), d + "" === d.toString(), `${d}` === d.toString());
var old = new Date(Date.UTC(5, 0, 1));
old.setUTCFullYear(5);
console.log(old.toString(), old.toUTCString(), old.toISOString());
