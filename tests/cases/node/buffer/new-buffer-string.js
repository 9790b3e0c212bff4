// new Buffer() warns DEP0005 on stderr; silence it so only stdout is compared.
process.noDeprecation = true;
console.log(new Buffer('hello'), new Buffer('68656c', 'hex'), new Buffer('aGk=', 'base64'));
