// The v0.8 manual's zlib constants that node 20 dropped (Z_TREES, data types, Z_DEFLATED,
// Z_NULL): expectation written by hand from zlib.h's values the manual lists.
var zlib = require('zlib');
console.log(zlib.Z_TREES, zlib.Z_BINARY, zlib.Z_TEXT, zlib.Z_ASCII, zlib.Z_UNKNOWN, zlib.Z_DEFLATED, zlib.Z_NULL);
console.log(Object.keys(zlib).indexOf('Z_DEFLATED'));
