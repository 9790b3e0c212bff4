// try statements nested inside finally blocks run fully before the outer completion resumes.
function f() {
  var log = [];
  try {
    return "outer return";
  } finally {
    try {
      throw new Error("inside finally");
    } catch (e) {
      log.push("caught " + e.message);
    } finally {
      log.push("inner finally");
    }
    console.log(log.join(", "));
  }
}
console.log(f());
function g() {
  try {
    throw "first";
  } finally {
    try { log2.push("no log2"); } catch (e) { console.log("finally-level catch:", e.name); }
  }
}
try { g(); } catch (e) { console.log("still propagates:", e); }
