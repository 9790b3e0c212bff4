// util.format with objects picks inspect's one-line or multi-line layout.
var util = require('util');
var long = { description: 'a fairly long description string', another: 'another long string value', n: 1 };
console.log(util.format('obj:', long));
console.log(util.format('%O', long));
console.log(util.format('%s', long));
console.log(util.format('%j', long));
