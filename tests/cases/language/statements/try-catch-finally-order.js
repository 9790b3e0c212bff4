// The order of try, catch and finally blocks across normal and exceptional paths.
function run(throwIn) {
  var log = [];
  try {
    log.push("try");
    if (throwIn === "try") throw "T";
  } catch (e) {
    log.push("catch " + e);
    if (throwIn === "catch") throw "C";
  } finally {
    log.push("finally");
  }
  log.push("after");
  return log.join(",");
}
console.log(run("none"));
console.log(run("try"));
try { run("catch"); } catch (e) { console.log("escaped", e); }
function nestedFinally() {
  var log = [];
  try {
    try { return "value"; } finally { log.push("inner"); }
  } finally {
    log.push("outer");
    console.log(log.join(">"));
  }
}
console.log(nestedFinally());
