// toUpperCase and toLowerCase, including characters whose case mapping changes length.
console.log("Hello World".toUpperCase(), "Hello World".toLowerCase());
console.log("stra\u00dfe".toUpperCase(), "stra\u00dfe".toUpperCase().length);
console.log("\u0130".toLowerCase().length, "\u03a3".toLowerCase() === "\u03c3");
console.log("\u00e9\u00c9".toUpperCase() === "\u00c9\u00c9", "\uFB00".toUpperCase());
console.log("abc123!".toUpperCase(), "\uD801\uDC00".toLowerCase() === "\uD801\uDC28");
console.log(String.prototype.toUpperCase.call(true), String.prototype.toLowerCase.call(null === null));
try { String.prototype.toUpperCase.call(null); } catch (e) { console.log(e.name, e.message); }
console.log("I".toLocaleLowerCase(), "i".toLocaleUpperCase(), String.prototype.toLowerCase.length);
