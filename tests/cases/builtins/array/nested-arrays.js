// Nested arrays: join flattens string forms, flat and length report structure.
var grid = [[1, 2], [3, 4], [5]];
console.log(grid.length, grid[1][0], grid.join(";"), String(grid));
console.log(grid.flat().length, grid.map(function (r) { return r.length; }).join(""));
var deep = [1, [2, [3, [4, [5]]]]];
console.log(deep.flat(Infinity).join(""), deep.toString(), deep.flat(1).length);
var copy = grid.slice();
copy[0].push(9);
console.log(grid[0].join(","), copy[0] === grid[0]);
