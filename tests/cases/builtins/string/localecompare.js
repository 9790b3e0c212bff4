// localeCompare orders strings, returning a negative, zero or positive number.
function sign(n) { return n < 0 ? -1 : n > 0 ? 1 : 0; }
console.log(sign("a".localeCompare("b")), sign("b".localeCompare("a")), sign("a".localeCompare("a")));
console.log(sign("a".localeCompare("B")), sign("A".localeCompare("a")), sign("10".localeCompare("9")));
console.log(sign("".localeCompare("a")), sign("abc".localeCompare("ab")));
console.log(sign("e".localeCompare("\u00e9")), sign("\u00e9".localeCompare("f")));
console.log(["b", "a", "C", "c", "A"].sort(function (x, y) { return x.localeCompare(y); }).join(""));
console.log(String.prototype.localeCompare.length, sign("undefined".localeCompare()));
