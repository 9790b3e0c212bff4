// Wrapping errors keeps the original as a cause property; rethrowing keeps identity.
function lowLevel() { throw new RangeError("low level failure"); }
function midLevel() {
  try { lowLevel(); } catch (e) {
    var wrapped = new Error("mid level failed: " + e.message);
    wrapped.original = e;
    throw wrapped;
  }
}
function topLevel() {
  try { midLevel(); } catch (e) {
    console.log(e.message);
    console.log(e.original instanceof RangeError, e.original.message);
    throw e;
  }
}
var caught;
try { topLevel(); } catch (e) { caught = e; }
console.log(caught.message, caught.original.name);
function conditionalRethrow(kind) {
  try { throw kind === "type" ? new TypeError("t") : new Error("e"); } catch (e) {
    if (!(e instanceof TypeError)) throw e;
    return "handled TypeError";
  }
}
console.log(conditionalRethrow("type"));
try { conditionalRethrow("other"); } catch (e) { console.log("propagated", e.message); }
