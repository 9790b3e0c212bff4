// new Buffer() warns DEP0005 on stderr; silence it so only stdout is compared.
process.noDeprecation = true;
var b = new Buffer(4);
console.log(b.length, b);
console.log(Buffer(2).length);
