// String escape sequences and their lengths.
console.log("a\tb", "a\\b", "q\"q", 'q\'q');
console.log("line1\nline2");
console.log("\x41\x42", "\u0043\u0044", "\101", "\0".length);
console.log("a\
b");
console.log("\b".charCodeAt(0), "\f".charCodeAt(0), "\v".charCodeAt(0), "\r".charCodeAt(0));
console.log("\q\w\e", "\'" === "'", "\"" === '"');
console.log("tab\there".length, "\u00e9".length, "e\u0301".length);
console.log("\x7e\u007E", "\u2028".length, "end");
