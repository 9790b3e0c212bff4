// deepStrictEqual across value kinds.
var assert = require('assert');
function t(label, f) {
  try { f(); console.log(label, 'passed'); }
  catch (e) { console.log(label, e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator); }
}

t('array-vs-object', function () { assert.deepStrictEqual([1], { 0: 1 }); });
t('string-obj', function () { assert.deepStrictEqual(new String('a'), new String('a')); });
t('string-obj-diff', function () { assert.deepStrictEqual(new String('a'), new String('b')); });
t('errors', function () { assert.deepStrictEqual(new Error('x'), new Error('x')); });
t('errors-diff', function () { assert.deepStrictEqual(new Error('x'), new Error('y')); });
t('symbols', function () { assert.deepStrictEqual({ a: Symbol('s') }, { a: Symbol('s') }); });
t('sparse', function () { assert.deepStrictEqual([1, , 3], [1, undefined, 3]); });
t('undefined-prop', function () { assert.deepStrictEqual({ a: undefined }, {}); });
t('regexp-flags', function () { assert.deepStrictEqual(/a/g, /a/i); });
