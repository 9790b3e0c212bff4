// isWellFormed and toWellFormed check for lone surrogates and replace them with U+FFFD.
console.log("abc".isWellFormed(), "\uD800".isWellFormed(), "\uDC00".isWellFormed(), "\uD800\uDC00".isWellFormed());
console.log("a\uD800b".toWellFormed().charCodeAt(1).toString(16), "a\uD800b".toWellFormed().length);
console.log("\uDC00\uD800".toWellFormed() === "\uFFFD\uFFFD", "ok".toWellFormed());
console.log(String.prototype.isWellFormed.length, String.prototype.toWellFormed.name);
console.log(String.prototype.isWellFormed.call(123));
