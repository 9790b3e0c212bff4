// An exception thrown in finally replaces a pending break or continue.
var results = [];
for (var i = 0; i < 3; i++) {
  try {
    try {
      if (i === 1) break;
      continue;
    } finally {
      if (i === 1) throw new Error("from finally " + i);
    }
  } catch (e) {
    results.push(e.message);
  }
  results.push("after inner " + i);
}
console.log(results.join(" | "), i);
