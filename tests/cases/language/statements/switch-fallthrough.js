// switch falls through until break; default may sit in the middle and is only a fallback.
function run(x) {
  var log = [];
  switch (x) {
    case 1: log.push("one");
    case 2: log.push("two"); break;
    default: log.push("default");
    case 3: log.push("three");
    case 4: log.push("four"); break;
    case 5: log.push("five");
  }
  return log.join(",");
}
for (var i = 0; i <= 6; i++) console.log(i, run(i));
console.log(run("1"));
