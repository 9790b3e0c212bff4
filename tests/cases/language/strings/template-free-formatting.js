// Building formatted text with concatenation, join and replace.
function format(tpl, values) {
  return tpl.replace(/\{(\w+)\}/g, function (m, key) { return key in values ? String(values[key]) : m; });
}
console.log(format("{name} is {age} years old", { name: "Ann", age: 30 }));
console.log(format("{missing} stays, {a}{a}", { a: "x" }));
var rows = [["apple", 3], ["kiwi", 12], ["banana", 7]];
for (var i = 0; i < rows.length; i++) {
  var name = rows[i][0], qty = String(rows[i][1]);
  console.log(name + new Array(10 - name.length).join(".") + new Array(4 - qty.length).join(" ") + qty);
}
var html = "<b>" + ["a & b", "<c>"].join("</b><b>") + "</b>";
console.log(html.replace(/&/g, "&amp;"));
