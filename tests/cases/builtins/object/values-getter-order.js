// Object.values and entries read each property when reached; deletions by getters are seen.
var log = [];
var o = {
  get a() { log.push("a"); delete this.b; return 1; },
  b: 2,
  get c() { log.push("c"); Object.defineProperty(this, "d", { enumerable: false }); return 3; },
  d: 4
};
console.log(Object.values(o).join(","), log.join(","));
var p = { get x() { this.y = "added"; return "x"; } };
console.log(Object.entries(p).length, Object.keys(p).join(","));
