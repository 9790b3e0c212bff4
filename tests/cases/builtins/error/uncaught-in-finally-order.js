// Errors thrown while handling errors replace the earlier one; nested try statements unwind in order.
var log = [];
try {
  try { throw new Error("first"); }
  catch (e) { log.push("caught " + e.message); throw new Error("second"); }
  finally { log.push("inner finally"); }
} catch (e) { log.push("outer caught " + e.message); }
console.log(log.join(" | "));
log = [];
try {
  try { throw new Error("a"); } finally { log.push("finally throws"); throw new Error("b"); }
} catch (e) { log.push("got " + e.message); }
console.log(log.join(" | "));
function thrower() { throw new TypeError("from function"); }
try { [1, 2].map(thrower); } catch (e) { console.log(e.name, e.message); }
