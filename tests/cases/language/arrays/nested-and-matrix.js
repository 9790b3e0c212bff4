// Arrays of arrays as matrices: building, transposing and multiplying.
function matrix(rows, cols, f) {
  var m = [];
  for (var r = 0; r < rows; r++) {
    m.push([]);
    for (var c = 0; c < cols; c++) m[r].push(f(r, c));
  }
  return m;
}
function transpose(m) { return matrix(m[0].length, m.length, function (r, c) { return m[c][r]; }); }
function multiply(a, b) {
  return matrix(a.length, b[0].length, function (r, c) {
    var s = 0;
    for (var k = 0; k < b.length; k++) s += a[r][k] * b[k][c];
    return s;
  });
}
function show(m) { return m.map(function (row) { return row.join(" "); }).join(" / "); }
var a = matrix(2, 3, function (r, c) { return r * 3 + c + 1; });
console.log(show(a));
console.log(show(transpose(a)));
console.log(show(multiply(a, transpose(a))));
var identity = matrix(3, 3, function (r, c) { return r === c ? 1 : 0; });
console.log(show(multiply(identity, transpose(a))) === show(transpose(a)));
