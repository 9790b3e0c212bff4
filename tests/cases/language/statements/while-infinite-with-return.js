// Infinite loops exited by return, break or throw from nested positions.
function firstSquareAbove(n) {
  var i = 0;
  while (true) {
    if (i * i > n) return i;
    i++;
  }
}
console.log(firstSquareAbove(50), firstSquareAbove(0));
function search(list, pred) {
  for (var i = 0; ; i++) {
    if (i >= list.length) return -1;
    if (pred(list[i])) return i;
  }
}
console.log(search([1, 3, 8, 9], function (x) { return x % 2 === 0; }), search([1], function () { return false; }));
function guard(limit) {
  var n = 0;
  do {
    n++;
    if (n > limit) throw new Error("limit " + limit);
  } while (true);
}
try { guard(5); } catch (e) { console.log(e.message); }
