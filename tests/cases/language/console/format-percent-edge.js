// Format strings with adjacent, unknown and trailing percent signs.
console.log("%s%s", "a", "b");
console.log("%s%%%s", 1, 2);
console.log("50%", "done");
console.log("%", 1);
console.log("%%", 1);
console.log("%%s", "x");
console.log("%d%", 5);
console.log("%s %s %s", 1);
console.log("no args %s");
console.log("%i%%", 99.9, "tail");
