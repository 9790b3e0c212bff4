// Errors propagate through finally blocks; finally can observe but not stop them.
var log = [];
function work(fail) {
  log.push("start");
  try {
    if (fail) throw new RangeError("failed");
    log.push("worked");
    return "result";
  } finally {
    log.push("cleanup");
  }
}
console.log(work(false), log.join(","));
log = [];
try { work(true); } catch (e) { console.log(e.name, log.join(",")); }
function swallow() {
  try { throw new Error("lost"); } finally { return "swallowed"; }
}
console.log(swallow());
function replace() {
  try { throw new Error("original"); } finally { throw new TypeError("replacement"); }
}
try { replace(); } catch (e) { console.log(e.name, e.message); }
