// Long strings break at newlines inside objects; maxStringLength truncates.
var util = require('util');
var s = 'first line of text\nsecond line of the text\nthird line which is longer than the rest';
console.log(util.inspect({ s: s }));
console.log(util.inspect('x'.repeat(30), { maxStringLength: 10 }));
console.log(util.inspect('abc', { maxStringLength: 1 }));
console.log(util.inspect(['a'.repeat(100)]));
