// Labels on while and do-while loops; continue to an outer do-while evaluates its condition.
var log = [];
var i = 0;
outer: do {
  i++;
  var j = 0;
  while (true) {
    j++;
    if (j > i) continue outer;
    if (i > 3) break outer;
    log.push(i + "." + j);
  }
} while (i < 10);
console.log(log.join(" "), i);
var k = 0;
loop: while (k < 5) {
  k++;
  switch (k) {
    case 2: continue loop;
    case 4: break loop;
  }
  log.push("k" + k);
}
console.log(log.slice(-2).join(" "), k);
