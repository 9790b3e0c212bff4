// Strings compare by UTF-16 code units, not by locale.
console.log("a" < "b", "a" < "B", "apple" < "apricot");
console.log("abc" < "abcd", "abcd" < "abd", "" < " ");
console.log("Z" < "a", "_" < "a", "0" < "A", "9" < ":");
console.log("\u00e9" > "z", "\uffff" > "\ud800", "\ud83d\ude00" > "\uffff");
console.log("10" < "2", "100" > "99");
console.log("a" == "a", "a" === "\u0061", "\x41" === "A");
var words = ["pear", "Apple", "banana", "apple", "Banana"];
words.sort();
console.log(words.join(" "));
console.log("abc".localeCompare ? "has localeCompare" : "none");
