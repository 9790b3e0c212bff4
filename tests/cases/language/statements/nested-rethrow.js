// Rethrowing preserves the same object; nested handlers see it in order.
var original = new TypeError("original");
var seen = [];
try {
  try {
    try {
      throw original;
    } catch (e) {
      seen.push("level3 " + e.name);
      throw e;
    }
  } catch (e) {
    seen.push("level2 same=" + (e === original));
    e.message += " (annotated)";
    throw e;
  } finally {
    seen.push("level2 finally");
  }
} catch (e) {
  seen.push("level1 " + e.message + " " + (e instanceof TypeError));
}
console.log(seen.join("\n"));
function wrap() {
  try { null.f(); } catch (e) { throw new Error("wrapped " + e.name); }
}
try { wrap(); } catch (e) { console.log(e.message); }
