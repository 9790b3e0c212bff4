// do-while runs the body at least once and tests after it; continue jumps to the test.
var runs = 0;
do { runs++; } while (false);
console.log(runs);
var i = 0, log = [];
do {
  i++;
  if (i === 2) continue;
  log.push(i);
} while (i < 5);
console.log(log.join(","));
var k = 10;
do k--; while (k > 7)
console.log(k);
var tests = [];
var m = 0;
do {
  if (m === 3) break;
  m++;
} while ((tests.push(m), true));
console.log(m, tests.join(""));
