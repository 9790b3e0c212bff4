// RangeErrors from built-ins: array lengths, radix, precision and digits.
function check(label, f) {
  try { f(); console.log(label, "ok"); } catch (e) { console.log(label, e.name, e instanceof RangeError, e.message); }
}
check("array length", function () { var a = []; a.length = 4294967296; });
check("new Array(1.5)", function () { return new Array(1.5); });
check("toString(0)", function () { return (10).toString(0); });
check("toFixed(-1)", function () { return (1).toFixed(-1); });
check("toPrecision(101)", function () { return (1).toPrecision(101); });
check("toExponential(-1)", function () { return (1).toExponential(-1); });
check("array length ok", function () { var a = []; a.length = 4294967295; });
check("String.fromCharCode big", function () { return String.fromCharCode(1e10); });
