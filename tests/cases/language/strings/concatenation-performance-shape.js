// Building a long string piecewise gives the same result as joining an array.
var pieces = [];
var concat = "";
for (var i = 0; i < 1000; i++) {
  var piece = (i % 10).toString();
  pieces.push(piece);
  concat += piece;
}
var joined = pieces.join("");
console.log(concat.length, joined.length, concat === joined);
console.log(concat.slice(0, 15), concat.slice(-5));
var nested = "";
for (var j = 0; j < 5; j++) nested = "(" + nested + ")";
console.log(nested);
var big = "x";
for (var k = 0; k < 16; k++) big += big;
console.log(big.length, big.charAt(65535), big.lastIndexOf("x"));
