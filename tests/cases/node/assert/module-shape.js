// The assert module's functions.
var assert = require('assert');
['fail', 'ok', 'equal', 'notEqual', 'deepEqual', 'notDeepEqual', 'strictEqual', 'notStrictEqual',
 'deepStrictEqual', 'notDeepStrictEqual', 'throws', 'doesNotThrow', 'ifError', 'match', 'doesNotMatch',
 'AssertionError'].forEach(function (name) { console.log(name, typeof assert[name]); });
console.log(typeof assert, assert.ok.name, assert.name, require('node:assert') === assert);
