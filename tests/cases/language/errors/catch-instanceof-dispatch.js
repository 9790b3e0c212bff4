// Dispatching on the error type in a single catch.
function risky(kind) {
  switch (kind) {
    case "type": return null.x;
    case "reference": return notDeclaredHere;
    case "range": return new Array(-1);
    case "syntax": return eval("var = ;");
    case "custom": throw new Error("custom failure");
    case "string": throw "a string";
    default: return "fine";
  }
}
var kinds = ["type", "reference", "range", "syntax", "custom", "string", "none"];
for (var i = 0; i < kinds.length; i++) {
  try {
    console.log(kinds[i], "->", risky(kinds[i]));
  } catch (e) {
    var label = e instanceof TypeError ? "TypeError" :
      e instanceof ReferenceError ? "ReferenceError" :
      e instanceof RangeError ? "RangeError" :
      e instanceof SyntaxError ? "SyntaxError" :
      e instanceof Error ? "Error(" + e.message + ")" : "non-error " + typeof e;
    console.log(kinds[i], "->", label);
  }
}
