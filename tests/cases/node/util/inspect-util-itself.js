// util.inspect of util.inspect: a function with its custom/colors/styles/defaultOptions.
var util = require('util');
console.log(Object.keys(util.inspect).sort().join(','));
console.log(util.inspect(util.inspect.custom));
