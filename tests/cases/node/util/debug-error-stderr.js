// util.debug and util.error write to stderr, nothing to stdout (v0.8 manual).
// Expectation recorded by hand from the v0.8.16 manual (util.debug, util.error); node 20 removed util.error.
var util = require('util');
console.log(typeof util.debug, typeof util.error);
util.debug('message on stderr');
util.error('err one', 'err two');
console.log('stdout only');
process.exitCode = 3;
