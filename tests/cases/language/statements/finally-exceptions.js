// finally runs when an exception passes through, and an exception in finally replaces it.
var log = [];
try {
  try {
    throw new Error("first");
  } finally {
    log.push("inner finally");
  }
} catch (e) {
  log.push("caught " + e.message);
}
console.log(log.join(" | "));
try {
  try { throw new Error("first"); } finally { throw new Error("second"); }
} catch (e) {
  console.log("caught", e.message);
}
function nested() {
  var steps = [];
  try {
    try { throw "a"; } catch (x) { steps.push("catch " + x); throw "b"; } finally { steps.push("finally1"); }
  } catch (y) {
    steps.push("outer catch " + y);
  } finally {
    steps.push("finally2");
  }
  return steps.join(", ");
}
console.log(nested());
