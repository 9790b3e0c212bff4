// Matrix operations with nested arrays: multiply, transpose, determinant, identity checks with Math.
function mul(a, b) { return a.map(function (row) { return b[0].map(function (_, j) { return row.reduce(function (s, v, k) { return s + v * b[k][j]; }, 0); }); }); }
function transpose(m) { return m[0].map(function (_, i) { return m.map(function (r) { return r[i]; }); }); }
function det(m) {
  if (m.length === 1) return m[0][0];
  return m[0].reduce(function (s, v, j) { return s + Math.pow(-1, j) * v * det(m.slice(1).map(function (r) { return r.filter(function (_, c) { return c !== j; }); })); }, 0);
}
var A = [[1, 2], [3, 4]], B = [[0, 1], [1, 0]], C = [[2, -3, 1], [2, 0, -1], [1, 4, 5]];
console.log(JSON.stringify(mul(A, B)), JSON.stringify(transpose(C)), det(A), det(C));
var theta = Math.PI / 6, R = [[Math.cos(theta), -Math.sin(theta)], [Math.sin(theta), Math.cos(theta)]];
var I = mul(R, transpose(R));
console.log(I.map(function (r) { return r.map(function (v) { return v.toFixed(12); }).join(' '); }).join(' / '), det(R).toFixed(15));
console.log(JSON.stringify(mul([[1, 2, 3]], [[4], [5], [6]])), Math.hypot.apply(null, [3, 4, 12]));
