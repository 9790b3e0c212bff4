// Variables captured by closures live as long as any closure referring to them.
function make() {
  var big = [];
  for (var i = 0; i < 5; i++) big.push(i * i);
  var index = 0;
  return function next() { return index < big.length ? big[index++] : "done"; };
}
var it = make();
var out = [];
for (var n = 0; n < 7; n++) out.push(it());
console.log(out.join(" "));
var it2 = make();
console.log(it2(), it2(), it());
function later() {
  var value = "initial";
  var getter = function () { return value; };
  value = "updated after closure creation";
  return getter;
}
console.log(later()());
