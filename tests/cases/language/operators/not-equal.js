// != and !== are exact negations of == and ===.
var pairs = [[1, "1"], [null, undefined], [NaN, NaN], [0, ""], ["a", "a"], [{}, "[object Object]"], [[], false]];
for (var i = 0; i < pairs.length; i++) {
  var a = pairs[i][0], b = pairs[i][1];
  console.log(i, a == b, a != b, a === b, a !== b);
}
var o = { toString: function () { return "o"; } };
console.log(o != "o", o !== "o");
console.log(NaN != NaN, NaN !== NaN, null != undefined, null !== undefined);
console.log(0 != "", 0 !== "", "1" != 1, "1" !== 1);
