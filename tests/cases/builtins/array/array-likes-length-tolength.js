// Generic methods read length with ToLength: negatives become 0, fractions truncate, strings parse.
function len(l) { return Array.prototype.map.call({ length: l, 0: "a", 1: "b", 2: "c" }, function (x) { return x; }).length; }
console.log(len(-1), len(2.9), len("2"), len(NaN), len(null), len(true), len("x"), len(undefined));
console.log(len({ valueOf: function () { return 3; } }), len([2]), len(-Infinity));
var huge = { length: Infinity };
console.log(Array.prototype.indexOf.call({ length: Infinity, 5: "x" }, "x"));
console.log(Array.prototype.lastIndexOf.call({ length: 3, 1: "y" }, "y"));
console.log(Array.prototype.join.call({ length: 3.7 }, "-"));
