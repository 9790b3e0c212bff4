// Throwing a primitive without a handler also exits with code 1; output before it is kept.
var total = 0;
for (var i = 1; i <= 4; i++) total += i;
console.log("total", total);
function check(n) {
  if (n > 5) throw "too big: " + n;
  return n;
}
console.log(check(total - 5));
console.log(check(total));
console.log("never printed");
