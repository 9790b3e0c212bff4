// Holes read through to Array.prototype and Object.prototype elements.
Array.prototype[1] = "from proto";
var a = [0, , 2];
console.log(a[1], 1 in a, a.hasOwnProperty(1), a.join(","));
var seen = [];
a.forEach(function (v) { seen.push(v); });
console.log(seen.join("|"));
delete Array.prototype[1];
console.log(a[1], a.join(","));
Object.prototype[0] = "obj proto";
console.log([, 1][0], [].length);
delete Object.prototype[0];
console.log([, 1][0]);
