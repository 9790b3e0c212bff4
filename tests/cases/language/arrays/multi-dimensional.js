// Jagged arrays and walking them with nested loops and recursion.
var jagged = [[1], [2, 3], [4, 5, 6], []];
var lengths = jagged.map(function (r) { return r.length; });
console.log(lengths.join(","), jagged.length);
var flat = [];
for (var i = 0; i < jagged.length; i++) for (var j = 0; j < jagged[i].length; j++) flat.push(jagged[i][j]);
console.log(flat.join(""));
function depth(a) { return Array.isArray(a) ? 1 + Math.max.apply(null, [0].concat(a.map(depth))) : 0; }
console.log(depth([]), depth([1]), depth([[1], [[2]]]), depth(5));
var board = [];
for (var r = 0; r < 3; r++) { board[r] = []; for (var c = 0; c < 3; c++) board[r][c] = (r + c) % 2 ? "x" : "o"; }
console.log(board.map(function (row) { return row.join(""); }).join("|"));
