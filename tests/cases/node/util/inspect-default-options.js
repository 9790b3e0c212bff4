// inspect.defaultOptions: node's defaults; setting them changes inspect and console.log.
var util = require('util');
console.log(util.inspect.defaultOptions);
util.inspect.defaultOptions = { depth: 0 };
console.log(util.inspect({ a: { b: 1 } }));
console.log({ a: { b: 1 } });
console.log(util.inspect.defaultOptions.depth, util.inspect.defaultOptions.breakLength);
util.inspect.defaultOptions = { depth: 2 };
try { util.inspect.defaultOptions = null; } catch (e) { console.log(e.code, e.message); }
