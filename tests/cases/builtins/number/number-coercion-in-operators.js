// Relational and arithmetic operators on mixed types, NaN comparisons and string comparisons.
console.log("10" < "9", 10 < "9", "10" < 9, "a" < "b", "B" < "a", null >= 0, null > 0, null == 0);
console.log(undefined == 0, undefined >= 0, NaN <= NaN, [2] > 1, [1, 2] > 1, "abc" < "abd", "" < "a");
console.log(1 + "2" - 1, "3" * "3", true + 1, [] + [], [] + {}, 1 - "x", "5" % 2, (-2) ** 2);
