// An exception escaping several calls still ends the program with exit code 1.
var log = [];
function level(n) {
  log.push("enter " + n);
  if (n === 3) throw new TypeError("failure at level " + n);
  try {
    return level(n + 1);
  } finally {
    log.push("finally " + n);
    console.log(log.join(", "));
  }
}
console.log("start");
level(1);
console.log("unreachable");
