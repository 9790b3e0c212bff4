// A top-level return ends the module (the wrapper is a function).
console.log(require('./fixtures/returns-value'));
