// Relational operators compare as strings only when both sides are strings.
console.log("2" > "12", 2 > "12", "2" > 12);
console.log("abc" < 5, "abc" > 5, "abc" >= 5);
console.log("" < 1, "" > -1, " " < 1);
console.log("1e3" > 999, "1e3" > "999");
console.log("0x10" > 15, "0x10" > "15");
console.log([2] > [12], [2] > 12);
console.log(null < "1", undefined < "1", true < "2");
console.log("10" > "9", 10 > "9", "10" > 9, [10] > ["9"]);
console.log("a" > "", "" >= 0, "  " <= 0, "x" <= "x");
