// switch with only default, empty switch, default first and default last.
function only(x) { switch (x) { default: return "d" + x; } }
console.log(only(1), only("a"));
switch (1) {}
console.log("empty switch ok");
function first(x) {
  var r = "";
  switch (x) { default: r += "D"; case 1: r += "1"; break; case 2: r += "2"; }
  return r;
}
console.log(first(1), first(2), first(3));
function last(x) {
  var r = "";
  switch (x) { case 1: r += "1"; case 2: r += "2"; default: r += "D"; }
  return r;
}
console.log(last(1), last(2), last(9));
function noDefault(x) {
  var r = "none";
  switch (x) { case "a": r = "A"; break; case "b": r = "B"; }
  return r;
}
console.log(noDefault("a"), noDefault("b"), noDefault("c"));
