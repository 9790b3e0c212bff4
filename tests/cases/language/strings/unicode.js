// Strings are UTF-16: astral characters take two code units.
var smile = "\ud83d\ude00";
console.log(smile.length, smile.charCodeAt(0), smile.charCodeAt(1));
console.log(smile.charAt(0) === "\ud83d", smile.split("").length);
console.log("caf\u00e9", "caf\u00e9".length, "\u65e5\u672c\u8a9e", "\u65e5\u672c\u8a9e".length);
console.log(String.fromCharCode(72, 105), String.fromCharCode(0xd83d, 0xde00) === smile);
console.log("\u00e9" === "e\u0301", "\u00e9".toUpperCase(), "\u00df".toUpperCase());
console.log("a" + smile + "b", ("a" + smile + "b").length);
console.log("\u0130".toLowerCase().length, "\u03a3".toLowerCase());
console.log(String.fromCharCode(65.9, 65536 + 66, -1).length);
console.log("\u00ff".charCodeAt(0), "\uffff".charCodeAt(0));
