// Grouping records into an object of arrays, then reading groups in key order.
var records = [
  { type: "fruit", name: "apple" }, { type: "veg", name: "kale" }, { type: "fruit", name: "fig" },
  { type: "grain", name: "oat" }, { type: "veg", name: "leek" }, { type: "fruit", name: "date" }
];
var groups = {};
for (var i = 0; i < records.length; i++) {
  var r = records[i];
  if (!groups.hasOwnProperty(r.type)) groups[r.type] = [];
  groups[r.type].push(r.name);
}
var types = Object.keys(groups);
console.log(types.join(","));
for (var j = 0; j < types.length; j++) console.log(types[j] + ": " + groups[types[j]].sort().join(" "));
var sizes = {};
types.forEach(function (t) { sizes[groups[t].length] = (sizes[groups[t].length] || []).concat(t); });
console.log(JSON.stringify(sizes));
