// An uncaught exception ends the program with exit code 1 after the output so far.
console.log("before the throw");
function fail() {
  throw new Error("uncaught on purpose");
}
var steps = ["one", "two"];
for (var i = 0; i < steps.length; i++) console.log("step", steps[i]);
try {
  fail();
} catch (e) {
  console.log("first call caught:", e.message);
}
console.log("calling again without a handler");
fail();
console.log("never printed");
