// Array subclasses: species-created results from map/filter/slice/concat/flat, static from/of, length semantics.
class Vec extends Array {
  sum() { return this.reduce((a, b) => a + b, 0); }
  get last() { return this[this.length - 1]; }
}
const v = Vec.from([1, 2, 3]);
console.log(v.sum(), v.last, v instanceof Vec, v.map(x => x * 2) instanceof Vec, v.map(x => x * 2).sum());
console.log(v.filter(x => x > 1).constructor.name, v.slice(1).sum(), v.concat([4]).last, Vec.of(7, 8).last, v.flat().constructor.name);
v.length = 1;
console.log(v.length, v.sum(), JSON.stringify(v), Array.isArray(v));
v[5] = 6;
console.log(v.length, v.sum(), v.indexOf(undefined), v.includes(undefined));
console.log(String(Vec.from('abc')), [...new Vec(3)].length, new Vec(1, 2).length);
