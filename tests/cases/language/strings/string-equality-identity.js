// Strings compare by value regardless of how they were built.
var a = "hello";
var b = "hel" + "lo";
var c = ["h", "e", "l", "l", "o"].join("");
var d = String.fromCharCode(104, 101, 108, 108, 111);
var e = "HELLO".toLowerCase();
console.log(a === b, a === c, a === d, a === e);
var f = "hello world".slice(0, 5);
console.log(a === f, a == new String("hello"), new String(a) === new String(a));
var obj = {};
obj[a] = 1;
console.log(obj[c], obj[d], obj[f]);
console.log(["hello"].indexOf(c), "hello".length === c.length);
console.log("\u0068ello" === a, "h\x65llo" === a);
