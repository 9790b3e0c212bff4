// break and continue leaving a try run its finally block; a break in finally cancels a return.
var log = [];
for (var i = 0; i < 3; i++) {
  try {
    if (i === 1) continue;
    log.push("body" + i);
  } finally {
    log.push("fin" + i);
  }
}
console.log(log.join(" "));
log = [];
while (true) {
  try { break; } finally { log.push("finally after break"); }
}
console.log(log.join());
function f() {
  for (var j = 0; j < 3; j++) {
    try { return "returned " + j; } finally { if (j < 2) continue; }
  }
  return "loop ended";
}
console.log(f());
function g() {
  lbl: try { return "try"; } finally { break lbl; }
  return "after label";
}
console.log(g());
function h() {
  do { try { throw new Error("x"); } finally { break; } } while (false);
  return "exception cancelled";
}
console.log(h());
