// Length, indexing and slicing count UTF-16 code units, not characters.
var smile = "\uD83D\uDE00";
console.log(smile.length, smile.charCodeAt(0).toString(16), smile.codePointAt(0).toString(16));
console.log(smile.split("").length, Array.from(smile).length, smile.slice(0, 1) === "\uD83D");
console.log(("x" + smile + "y").indexOf("y"), (smile + smile).lastIndexOf(smile));
console.log(smile.toUpperCase() === smile, encodeURIComponent(smile));
console.log(JSON.stringify("\uD800"), JSON.stringify(smile) === '"' + smile + '"');
console.log("\uD83D".isWellFormed(), smile.isWellFormed(), "\uDE00x".toWellFormed().charCodeAt(0).toString(16));
console.log(smile.at(0) === "\uD83D", String.fromCodePoint(smile.codePointAt(0)) === smile);
