// Labels on blocks and if statements: break leaves the labelled statement.
var log = [];
outer: {
  log.push("start");
  inner: {
    log.push("inner");
    break inner;
  }
  log.push("after inner");
  if (log.length > 2) break outer;
  log.push("never");
}
log.push("end");
console.log(log.join(" "));
function find(matrix, target) {
  var where = "none";
  search: {
    for (var r = 0; r < matrix.length; r++)
      for (var c = 0; c < matrix[r].length; c++)
        if (matrix[r][c] === target) { where = r + "," + c; break search; }
    where = "not found";
  }
  return where;
}
console.log(find([[1, 2], [3, 4]], 3), find([[1]], 9));
lbl: if (true) { log = ["if block"]; break lbl; }
console.log(log.join());
