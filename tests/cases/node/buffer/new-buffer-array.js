// new Buffer() warns DEP0005 on stderr; silence it so only stdout is compared.
process.noDeprecation = true;
console.log(new Buffer([1, 2, 255, 256, -1]));
console.log(new Buffer([]).length);
