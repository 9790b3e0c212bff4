// Each catch gets its own binding; nested catches with the same name do not interfere.
try {
  throw "outer";
} catch (e) {
  try {
    throw "inner";
  } catch (e) {
    console.log("inner catch", e);
  }
  console.log("outer catch", e);
}
var saved = [];
for (var i = 0; i < 3; i++) {
  try { throw { n: i }; } catch (err) { saved.push(function () { return err.n; }); }
}
console.log(saved[0](), saved[1](), saved[2]());
function f() {
  try { throw 1; } catch (x) { return function () { return x; }; }
}
console.log(f()(), typeof x);
