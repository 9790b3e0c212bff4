// break inside switch leaves only the switch; continue inside switch continues the loop.
var out = [];
for (var i = 0; i < 5; i++) {
  switch (i % 3) {
    case 0: out.push("zero"); break;
    case 1: out.push("one"); continue;
    default: out.push("other");
  }
  out.push("after" + i);
}
console.log(out.join(" "));
function kind(x) {
  switch (typeof x) {
    case "number":
    case "bigint":
      return "numeric";
    case "string":
      var len = x.length;
      return "text(" + len + ")";
    default:
      return typeof len;
  }
}
console.log(kind(1), kind("abc"), kind(null));
var v = 2;
switch (v) { case 1 + 1: console.log("expression case matched"); }
