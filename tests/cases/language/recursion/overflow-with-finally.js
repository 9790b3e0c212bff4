// finally blocks run while a stack overflow unwinds; the handler sees the RangeError.
var finallyRuns = 0;
function recurse() {
  try {
    recurse();
  } finally {
    finallyRuns++;
  }
}
try { recurse(); } catch (e) {
  console.log(e instanceof RangeError, e.message, finallyRuns > 100);
}
var caughtDeep = 0;
function catchEverywhere(n) {
  try {
    return catchEverywhere(n + 1);
  } catch (e) {
    caughtDeep++;
    throw e;
  }
}
try { catchEverywhere(0); } catch (e) { console.log(e.name, caughtDeep > 100); }
console.log("still running");
