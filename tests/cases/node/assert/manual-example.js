// A v0.8-style test file using the manual's functions.
var assert = require('assert');
assert(true, 'truthy');
assert.ok(1);
assert.equal(2, '2');
assert.notEqual(1, 2);
assert.deepEqual({ a: [1, 2] }, { a: ['1', '2'] });
assert.notDeepEqual({ a: 1 }, { a: 2 });
assert.strictEqual('a', 'a');
assert.notStrictEqual(1, '1');
assert.throws(function () { throw new Error('Wrong value'); }, Error);
assert.throws(function () { throw new Error('Wrong value'); }, /value/);
assert.throws(function () { throw new Error('Wrong value'); }, function (err) {
  return err instanceof Error && /value/.test(err);
}, 'unexpected error');
assert.doesNotThrow(function () {});
assert.ifError(null);
console.log('all passed');
