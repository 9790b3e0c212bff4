// Relational comparison of mixed types: numbers, numeric strings, strings, null, undefined.
console.log("10" < "9", 10 < "9", "10" < 9);
console.log("abc" < "abd", "Z" < "a", "" < "a");
console.log(null < 1, null >= 0, null > 0, null == 0);
console.log(undefined < 1, undefined > 1, undefined >= undefined);
console.log(true > false, true >= 1, "1" > false);
console.log([2] > 1, [1, 2] > 1, [] < 1);
console.log("a" < 1, "a" > 1);
console.log(NaN <= NaN, "NaN" <= "NaN");
console.log(-0 < 0, -0 <= 0, 0 >= -0);
console.log(Infinity > "1e308", "Infinity" > 1e308);
console.log("B" > "Ba", "b" > "B");
