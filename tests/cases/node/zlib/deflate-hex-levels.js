// Compressed bytes of short inputs at several levels (they match node's zlib).
var zlib = require('zlib');
['a', 'abcabcabcabc', 'hello hello hello hello'].forEach(function (s) {
  [1, 6, 9].forEach(function (level) { console.log(level, zlib.deflateSync(s, { level: level }).toString('hex')); });
});
