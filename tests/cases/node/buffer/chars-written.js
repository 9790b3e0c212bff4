// Buffer._charsWritten is documented by the v0.8 manual (buf.write) and gone from node 20:
// expected output written by hand from the manual's definition.
var b = Buffer.alloc(4);
console.log(Buffer._charsWritten);
console.log(b.write('héllo'), Buffer._charsWritten);
console.log(b.write('abcdef', 'ucs2'), Buffer._charsWritten);
console.log(b.write('616263', 'hex'), Buffer._charsWritten);
