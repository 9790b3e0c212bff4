// toLocaleString, toLocaleDateString and toLocaleTimeString in node's default en-US.
var d = new Date(Date.UTC(2021, 0, 5, 0, 7, 9, 500));
console.log(d.toLocaleString());
console.log(d.toLocaleDateString());
console.log(d.toLocaleTimeString());
var pm = new Date(Date.UTC(1999, 11, 31, 13, 59, 0));
console.log(pm.toLocaleString(), pm.toLocaleDateString(), pm.toLocaleTimeString());
var noon = new Date(Date.UTC(2000, 6, 4, 12, 0, 0));
console.log(noon.toLocaleString(), noon.toLocaleTimeString());
console.log(new Date(Date.UTC(5, 0, 1)).toLocaleDateString(), new Date(Date.UTC(-50, 0, 1)).toLocaleDateString());
console.log(d.toLocaleString("en-US"), d.toLocaleDateString("en-US"), d.toLocaleTimeString("en-US"));
