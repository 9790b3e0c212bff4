// try/catch inside loops: each iteration handles its own exception and the loop continues.
var results = [];
var inputs = ["1", "x", "3", null, "5"];
for (var i = 0; i < inputs.length; i++) {
  try {
    if (inputs[i] === null) throw new TypeError("null input");
    var n = Number(inputs[i]);
    if (isNaN(n)) throw new RangeError("bad number " + inputs[i]);
    results.push(n * 2);
  } catch (e) {
    results.push(e.name);
  } finally {
    results.push("|");
  }
}
console.log(results.join(" "));
var attempts = 0;
while (true) {
  try {
    attempts++;
    if (attempts < 3) throw "retry";
    break;
  } catch (e) {
    continue;
  }
}
console.log(attempts);
