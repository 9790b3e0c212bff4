// Optional groups that do not participate: undefined in exec, "" in replace, undefined in functions.
var m = /(a)?(b)/.exec("b");
console.log(m[1], m.length, 1 in m, JSON.stringify(m));
console.log("b".replace(/(a)?(b)/, "[$1][$2]"), "b".replace(/(?<x>a)?b/, "[$<x>]"));
console.log("b".replace(/(a)?(b)/, function (all, a, b) { return typeof a + "," + b; }));
console.log(JSON.stringify(/(?<x>a)?b/.exec("b").groups), JSON.stringify("b".match(/(a)?b/g)));
