// Stack overflows inside eval code and Function bodies are catchable RangeErrors too.
try {
  eval("(function loop() { return loop(); })()");
} catch (e) {
  console.log("eval:", e instanceof RangeError, e.message);
}
var viaFunction = new Function("function again() { return again() + 1; } return again();");
try { viaFunction(); } catch (e) { console.log("Function:", e instanceof RangeError, e.message); }
function reenter(depth) { return eval("reenter(depth + 1)"); }
try { reenter(0); } catch (e) { console.log("reentrant eval:", e instanceof RangeError); }
console.log("after overflows", [1, 2, 3].map(function (x) { return x * 2; }).join(","));
