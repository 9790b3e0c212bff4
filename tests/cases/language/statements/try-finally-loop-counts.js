// finally runs once per iteration whether the body completes, continues or breaks.
var finallyCount = 0, bodyCount = 0;
for (var i = 0; i < 10; i++) {
  try {
    if (i % 3 === 0) continue;
    if (i === 8) break;
    bodyCount++;
  } finally {
    finallyCount++;
  }
}
console.log(i, bodyCount, finallyCount);
var order = [];
for (var j = 0; j < 2; j++) {
  try {
    try { order.push("t" + j); continue; } finally { order.push("inner" + j); }
  } finally {
    order.push("outer" + j);
  }
}
console.log(order.join(" "));
