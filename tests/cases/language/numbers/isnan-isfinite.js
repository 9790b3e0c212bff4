// Global isNaN and isFinite convert their argument with ToNumber.
var inputs = [NaN, 0, "0", "", " ", "abc", "1e3", null, undefined, true, [], [1, 2], {}, Infinity, "-Infinity"];
for (var i = 0; i < inputs.length; i++) {
  console.log(i, isNaN(inputs[i]), isFinite(inputs[i]));
}
var odd = { valueOf: function () { return "12"; } };
console.log("object with valueOf:", isNaN(odd), isFinite(odd));
console.log("no argument:", isNaN(), isFinite());
console.log("hex and exponent strings:", isNaN("0x1g"), isFinite("1e308"), isFinite("1e309"));
console.log("self-inequality test:", NaN !== NaN, (function (x) { return x !== x; })(0 / 0));
