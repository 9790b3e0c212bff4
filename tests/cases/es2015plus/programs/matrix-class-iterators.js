// A Matrix class with static constructors, iterators over rows/cells, getters, method chaining and toString.
class Matrix {
  constructor(rows) { this.rows = rows.map(r => [...r]); }
  static identity(n) { return new Matrix(Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => +(i === j)))); }
  static from(fn, r, c) { return new Matrix(Array.from({ length: r }, (_, i) => Array.from({ length: c }, (_, j) => fn(i, j)))); }
  get size() { return [this.rows.length, this.rows[0]?.length ?? 0]; }
  *cells() { for (const [i, row] of this.rows.entries()) for (const [j, v] of row.entries()) yield { i, j, v }; }
  [Symbol.iterator]() { return this.rows[Symbol.iterator](); }
  map(f) { return new Matrix(this.rows.map((r, i) => r.map((v, j) => f(v, i, j)))); }
  times(o) { const [, n] = this.size; return Matrix.from((i, j) => this.rows[i].reduce((s, v, k) => s + v * o.rows[k][j], 0), this.size[0], o.size[1]); }
  transpose() { return Matrix.from((i, j) => this.rows[j][i], this.size[1], this.size[0]); }
  toString() { return this.rows.map(r => r.join(' ')).join(' / '); }
}
const m = Matrix.from((i, j) => i * 3 + j + 1, 2, 3);
console.log(`${m}`, `${m.transpose()}`, `${m.times(m.transpose())}`, m.size.join('x'));
console.log(`${Matrix.identity(3).map(v => v * 5)}`, [...m].length, [...m.cells()].filter(c => c.v % 2 === 0).map(({ i, j }) => `${i}${j}`).join(','));
const [[first], second] = m;
console.log(first, second.join(''));
