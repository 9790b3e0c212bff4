// while loops with break, continue and conditions evaluated each iteration.
var i = 0, out = [];
while (i < 10) {
  i++;
  if (i % 2) continue;
  if (i > 8) break;
  out.push(i);
}
console.log(out.join(","), i);
var checks = 0;
function cond() { checks++; return checks < 4; }
while (cond()) {}
console.log(checks);
var n = 27, steps = 0;
while (n !== 1) {
  n = n % 2 ? 3 * n + 1 : n / 2;
  steps++;
}
console.log(steps);
while (false) console.log("never");
var j = 5;
while (j--) ;
console.log(j);
