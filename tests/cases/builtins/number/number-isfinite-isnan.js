// Number.isFinite / Number.isNaN against the converting global isFinite / isNaN.
var values = [1, NaN, Infinity, "1", "NaN", "abc", "", null, undefined, true, [], [1, 2], {}, new Number(NaN)];
for (var i = 0; i < values.length; i++) {
  var v = values[i];
  var label = typeof v === "object" && v !== null ? "object" : String(v);
  console.log(label, Number.isFinite(v), isFinite(v), Number.isNaN(v), isNaN(v));
}
console.log(Number.isNaN === isNaN, Number.isFinite === isFinite);
console.log(Number.isNaN.length, Number.isFinite.name);
