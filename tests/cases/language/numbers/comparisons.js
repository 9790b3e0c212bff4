// Number comparisons with fractional, negative, huge and special values.
console.log(0.1 + 0.2 > 0.3, 0.1 + 0.2 < 0.30000000000000005);
console.log(-1 < -0.5, -0 < 0, -Infinity < -1e308, 1e308 < Infinity);
console.log(NaN < NaN, NaN > 0, !(NaN >= 0));
console.log(9007199254740993 === 9007199254740992);
console.log(5e-324 > 0, -5e-324 < 0, 5e-324 / 2);
console.log(1 / 3 === 0.3333333333333333, 2 / 3 === 0.6666666666666666);
var list = [3, -1, 10, 2.5, -0, 0, -20];
list.sort(function (a, b) { return a - b; });
console.log(list.join(" "));
console.log(Math.max.apply(null, list), Math.min.apply(null, list));
