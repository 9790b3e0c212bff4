// The conditional operator evaluates only the chosen branch and is right-associative.
var evaluated = [];
function e(name, v) { evaluated.push(name); return v; }
console.log(true ? e("a", 1) : e("b", 2), evaluated.join(""));
evaluated = [];
console.log(0 ? e("a", 1) : e("b", 2), evaluated.join(""));
function grade(n) {
  return n >= 90 ? "A" : n >= 80 ? "B" : n >= 70 ? "C" : "F";
}
console.log(grade(95), grade(85), grade(75), grade(10));
console.log("" ? "yes" : "no", [] ? "yes" : "no", NaN ? "yes" : "no");
var x = 1;
var y = x > 0 ? x = 5 : x = -5;
console.log(x, y);
console.log(true ? false ? 1 : 2 : 3);
