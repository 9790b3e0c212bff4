// Labelled break and continue across nested loops.
var out = [];
outer: for (var i = 0; i < 4; i++) {
  for (var j = 0; j < 4; j++) {
    if (j === 2) continue outer;
    if (i === 3) break outer;
    out.push(i + "" + j);
  }
}
console.log(out.join(" "), i, j);
out = [];
rows: for (var r = 0; r < 3; r++) {
  cols: for (var c = 0; c < 3; c++) {
    if (c > r) continue rows;
    if (r === 2 && c === 1) break cols;
    out.push(r + ":" + c);
  }
  out.push("end" + r);
}
console.log(out.join(" "));
block: {
  out = ["in"];
  if (out.length) break block;
  out.push("skipped");
}
console.log(out.join());
var n = 0;
a: b: c: while (true) { n++; if (n > 2) break b; continue a; }
console.log(n);
