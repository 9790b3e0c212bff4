// Each function's finally blocks run as its own frames unwind, innermost first.
var log = [];
function level3() {
  try { throw new Error("deep"); } finally { log.push("f3"); }
}
function level2() {
  try { level3(); } finally { log.push("f2"); }
}
function level1() {
  try { level2(); } catch (e) { log.push("caught " + e.message); return "l1 done"; } finally { log.push("f1"); }
}
console.log(level1(), log.join(" "));
function counter() {
  var n = 0;
  for (var k in { a: 1, b: 2, c: 3 }) {
    try {
      if (k === "b") return n + ":" + k;
    } finally {
      n++;
    }
  }
}
console.log(counter());
