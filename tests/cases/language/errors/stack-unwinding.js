// Exceptions unwind through many frames to the nearest handler.
var depthReached = 0;
function descend(n) {
  depthReached = n;
  if (n === 50) throw new Error("bottom at " + n);
  return descend(n + 1);
}
try { descend(0); } catch (e) { console.log(e.message, depthReached); }
function a() { return b() + 1; }
function b() { return c() + 1; }
function c() { throw { code: "E_C" }; }
try { a(); } catch (e) { console.log(e.code); }
function guarded() {
  try { return a(); } catch (e) { return "guarded " + e.code; }
}
console.log(guarded());
var results = [];
for (var i = 0; i < 3; i++) {
  try { if (i === 1) descend(45); results.push("ok" + i); } catch (e) { results.push("err" + i); }
}
console.log(results.join(" "));
