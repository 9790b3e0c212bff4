// Primitives at the top level.
var util = require('util');
console.log(util.inspect(undefined), util.inspect(null), util.inspect(true), util.inspect(false));
console.log(util.inspect(0), util.inspect(3.14), util.inspect('str'));
console.log(typeof util.inspect(1), util.inspect.length);
