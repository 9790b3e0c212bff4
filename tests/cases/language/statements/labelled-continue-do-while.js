// continue with a label targets an outer loop, running its update or test.
var out = [];
var i = 0;
outer: do {
  i++;
  for (var j = 0; j < 5; j++) {
    if (j === i) continue outer;
    out.push(i + "" + j);
  }
} while (i < 3);
console.log(out.join(" "));
out = [];
loop: for (var a = 0; a < 3; a++) {
  var b = 0;
  while (true) {
    b++;
    if (b > a) continue loop;
    out.push(a + ":" + b);
  }
}
console.log(out.join(" "), a);
