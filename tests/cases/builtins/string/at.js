// at takes negative indexes and works on code units.
var s = "hello";
console.log(s.at(0), s.at(-1), s.at(5), s.at(-6), s.at(1.7), s.at("2"), s.at());
console.log("\uD83D\uDE00".at(0) === "\uD83D", "\uD83D\uDE00".at(-1) === "\uDE00");
console.log(String.prototype.at.call(12345, -2), String.prototype.at.length);
console.log(s.at(NaN), s.at(-Infinity), s.at(null));
