// zlib.codes maps names to numbers and back.
var zlib = require('zlib');
console.log(zlib.codes);
console.log(zlib.codes[-3], zlib.codes.Z_BUF_ERROR, Object.isFrozen(zlib.codes));
