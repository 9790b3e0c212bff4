// every and some see values changed during iteration but not appended ones.
var a = [1, 2, 3];
var seen = [];
a.every(function (v, i) { seen.push(v); if (i === 0) { a[2] = 30; a.push(4); } return true; });
console.log(seen.join(","));
var b = [1, 2, 3];
seen = [];
b.some(function (v, i) { seen.push(v); if (i === 0) delete b[1]; return false; });
console.log(seen.join(","));
