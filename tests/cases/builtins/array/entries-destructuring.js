// entries pairs with for-of destructuring; keys on sparse arrays.
var out = [];
for (var [i, v] of ["a", "b"].entries()) out.push(i + v);
console.log(out.join(","));
console.log([...[, "x"].keys()].join(","), [...[, "x"].entries()][0].join("|"));
var it = [].entries();
console.log(JSON.stringify(it.next()));
var m = new Map(["p", "q"].entries());
console.log(m.get(1), m.size);
