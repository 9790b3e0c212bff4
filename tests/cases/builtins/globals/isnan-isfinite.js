// The global isNaN and isFinite convert their argument with ToNumber first.
var values = [NaN, 0, -0, 1e308, Infinity, -Infinity, "", " ", "12", "12px", "0x1f", "Infinity", null, undefined,
  true, [], [5], ["a"], {}, new Date(0), new Date(NaN)];
for (var i = 0; i < values.length; i++) {
  var v = values[i];
  var label = Array.isArray(v) ? "[" + v + "]" : v instanceof Date ? "date" : typeof v === "object" && v ? "{}" : JSON.stringify(v) || String(v);
  console.log(label, isNaN(v), isFinite(v));
}
try { isNaN(Symbol()); } catch (e) { console.log(e.name + ": " + e.message); }
console.log(isNaN(), isFinite(), isNaN.length, isFinite.name);
