// ToNumber on objects goes through valueOf then toString.
var viaValueOf = { valueOf: function () { return 42; } };
var viaToString = { toString: function () { return "17"; } };
var viaBoth = { valueOf: function () { return {}; }, toString: function () { return "8"; } };
var nonNumeric = { toString: function () { return "abc"; } };
console.log(Number(viaValueOf), Number(viaToString), Number(viaBoth), Number(nonNumeric));
console.log(+viaValueOf * 2, viaToString - 7, viaBoth / 2, Math.max(viaValueOf, viaToString));
console.log(Number([]), Number([""]), Number([" 9 "]), Number([1, 2]), Number([[3]]));
console.log(Number({}), Number(new Number(5)), Number(new String("12")), Number(new Boolean(true)));
console.log(isNaN(viaValueOf), isFinite(viaToString), parseInt(viaBoth), parseFloat(viaValueOf));
