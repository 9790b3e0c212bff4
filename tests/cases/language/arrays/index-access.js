// Indexing with numbers, strings and out-of-range values.
var a = ["a", "b", "c"];
console.log(a[0], a["1"], a[2.0], a[3], a[-1], a["01"]);
var i = 1;
console.log(a[i], a[i + 1], a[i - 2]);
a[-1] = "negative";
a[1.5] = "fraction";
console.log(a.length, a[-1], a["1.5"], Object.keys(a).join(","));
a[a.length] = "appended";
console.log(a.length, a[3]);
var grid = [[1, 2, 3], [4, 5, 6]];
console.log(grid[1][2], grid[0].length, grid.length);
var str = "xyz";
console.log(str[1], [].slice.call(str, 1).join(""));
