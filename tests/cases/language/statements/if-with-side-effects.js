// Conditions are evaluated exactly once, left to right, with short-circuiting.
var calls = [];
function c(name, v) { calls.push(name); return v; }
if (c("a", false) || c("b", true) && c("c", false)) { calls.push("then"); } else { calls.push("else"); }
console.log(calls.join(" "));
calls = [];
if (c("x", 1) && c("y", 0) || c("z", "s")) calls.push("then");
console.log(calls.join(" "));
var i = 0;
if (i++ === 0 && ++i === 2) console.log("both", i);
var counter = 0;
function next() { return ++counter; }
if (next() > 1) console.log("never"); else if (next() > 1) console.log("second check", counter);
