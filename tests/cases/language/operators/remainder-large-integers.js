// x % y where x is an integer past int32 (up to and beyond 2^53), as hash loops compute it,
// beside fractional, negative, zero and non-finite operands.
var values = [
  [31000000217, 1000000007], [2147483648, 10], [4294967296 * 3 + 5, 4294967296],
  [9007199254740991, 1000000007], [9007199254740992, 3], [9007199254740994, 7],
  [1e300, 7], [12345678901234, 97], [2147483647, 2147483648], [5, 9007199254740992],
  [-31000000217, 1000000007], [31000000217, -1000000007], [0, 5], [-0, 5], [31000000217.5, 1000000007],
  [Infinity, 3], [5, Infinity], [5, 0], [NaN, 3],
];
values.forEach(function (pair) {
  var r = pair[0] % pair[1];
  console.log(pair[0], pair[1], r, Object.is(r, -0));
});
var h = 0;
for (var i = 0; i < 2000; i++) h = (h * 31 + (i % 251)) % 1000000007;
console.log('hash', h);
var boxed = new Number(31000000217);
console.log(boxed % 1000000007, '31000000217' % '1000000007');
