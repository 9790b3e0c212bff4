// -, *, / and % always convert both operands to numbers.
console.log("10" - "4", "10" * "4", "10" / "4", "10" % "4");
console.log("3" - 1, 3 - "1", "a" - 1, "" - 1, " 5 " - 0);
console.log(true - false, null - 1, undefined - 1, [] - 1, [5] - 1, [1, 2] - 1);
console.log({} - 1, { valueOf: function () { return 9; } } - 1);
console.log("0x10" * 1, "1e2" / 10, "-" * 1, "+3" * 1);
console.log(new Number(4) - 0, "Infinity" - 1, "-Infinity" * -1);
console.log(1 - -"2", -"", -"-0", 1 / -"0");
var s = "5";
s -= 2;
console.log(s, typeof s);
