// concat converts every argument to a string.
console.log("a".concat("b", "c"), "a".concat(), "a".concat(1, null, undefined, true));
console.log("".concat([1, 2], {}), "x".concat([]));
console.log(String.prototype.concat.call(1, 2, 3), String.prototype.concat.length);
var log = [];
"".concat({ toString: function () { log.push(1); return "1"; } }, { toString: function () { log.push(2); return "2"; } });
console.log(log.join(","));
try { "".concat(Symbol()); } catch (e) { console.log(e.name, e.message); }
