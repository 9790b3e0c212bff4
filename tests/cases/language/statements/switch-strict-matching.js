// switch compares with ===, evaluating case expressions in order until one matches.
var evaluated = [];
function c(v) { evaluated.push(v); return v; }
function pick(x) {
  evaluated = [];
  switch (x) {
    case c(1): return "num1";
    case c("1"): return "str1";
    case c(null): return "null";
    case c(undefined): return "undefined";
    case c(NaN): return "nan";
    default: return "none";
  }
}
console.log(pick(1), evaluated.join(","));
console.log(pick("1"), evaluated.join(","));
console.log(pick(null), evaluated.join(","));
console.log(pick(undefined), evaluated.join(","));
console.log(pick(NaN), evaluated.length);
console.log(pick(true), evaluated.length);
var zero = -0;
switch (zero) { case 0: console.log("-0 matches 0"); }
var o = {};
switch (o) { case {}: console.log("no"); break; case o: console.log("same object"); }
