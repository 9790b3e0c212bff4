// toLocaleString with style "percent": scaled by 100 on the decimal digits, no fraction digits by default.
var values = [0.256, 0.07, 1, -0.5, 0.12345, 12.3456, NaN, Infinity, 0, -0];
for (var i = 0; i < values.length; i++) {
  var v = values[i];
  console.log(v.toLocaleString("en-US", { style: "percent" }), v.toLocaleString("en-US", { style: "percent", maximumFractionDigits: 2 }),
    v.toLocaleString("en-US", { style: "percent", minimumFractionDigits: 1 }));
}
console.log((1.5).toLocaleString("en-US", { style: "decimal" }), (0.1234).toLocaleString("en-US", { style: "percent", useGrouping: false }));
try { (1).toLocaleString("en-US", { style: "bogus" }); } catch (e) { console.log(e.name + ": " + e.message); }
