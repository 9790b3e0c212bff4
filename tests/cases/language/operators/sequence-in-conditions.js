// Comma expressions in conditions and loop headers; only the last value decides.
var steps = [];
if ((steps.push("a"), steps.push("b"), false)) {
  console.log("not reached");
} else {
  console.log("else", steps.join(""));
}
var i = 0, total = 0;
while ((i++, i < 5)) total += i;
console.log(i, total);
var x = (1, "two", null, [3]);
console.log(x.length);
var obj = { f: function () { return typeof this; } };
console.log((obj.f)(), (1, obj.f)());
