// An uncaught assertion error ends the process with exit code 1.
var assert = require('assert');
console.log('before');
assert.strictEqual(1, 2);
console.log('not reached');
