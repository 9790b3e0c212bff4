// ES5 ways of making filled and ranged arrays.
function range(n) { var out = []; for (var i = 0; i < n; i++) out.push(i); return out; }
console.log(range(5).join(","), range(0).length);
var viaApply = Array.apply(null, Array(4)).map(function (_, i) { return i * i; });
console.log(viaApply.join(","));
var holes = Array(4).map(function (_, i) { return i; });
console.log(holes.length, 0 in holes);
var zeros = [];
zeros.length = 3;
for (var z = 0; z < zeros.length; z++) zeros[z] = 0;
console.log(zeros.join(""));
var grid = range(3).map(function (r) { return range(3).map(function (c) { return r === c ? 1 : 0; }); });
console.log(grid.map(function (row) { return row.join(""); }).join("/"));
console.log(Array(3).join("ab"), new Array(3 + 1).join("-").length);
