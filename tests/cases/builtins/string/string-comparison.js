// Relational comparison of strings compares UTF-16 code units.
console.log("a" < "b", "B" < "a", "abc" < "abd", "ab" < "abc", "" < "a");
console.log("10" < "9", "10" < 9, "Z" < "a", "\u00e9" > "z");
console.log("\uD83D\uDE00" < "\uFFFF", "\uFF61" > "\uD83D\uDE00");
console.log("a" == new String("a"), new String("a") == new String("a"), "1" == 1, "" == 0);
console.log(["b", "a"].sort()[0], "a".localeCompare("a"), "abc" === "ab" + "c");
