// String quoting: single quotes, else double, else backticks; escapes.
var util = require('util');
console.log(util.inspect('a'));
console.log(util.inspect("it's"));
console.log(util.inspect('both\'"'));
console.log(util.inspect('all\'"`'));
console.log(util.inspect('tab\there\nnew\\line'));
console.log(util.inspect('\u0001\u001f\u007f'));
console.log(util.inspect(''));
console.log(util.inspect(['x', "y'z"]));
