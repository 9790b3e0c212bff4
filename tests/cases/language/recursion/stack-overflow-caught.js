// Unbounded recursion throws a catchable RangeError.
function down(n) { return down(n + 1) + 1; }
try {
  down(0);
  console.log("no overflow");
} catch (e) {
  console.log(e instanceof RangeError, e.name, e.message);
}
console.log("program continues");
var depth = 0;
function measure() { depth++; measure(); }
try { measure(); } catch (e) { console.log(e instanceof RangeError, depth > 1000); }
