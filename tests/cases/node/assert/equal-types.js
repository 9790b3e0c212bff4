// equal and strictEqual with mixed types.
var assert = require('assert');
function t(label, f) {
  try { f(); console.log(label, 'passed'); }
  catch (e) { console.log(label, JSON.stringify(e.message)); }
}
t('bool', function () { assert.equal(true, 1); });
t('str-num', function () { assert.equal('0', 0); });
t('arr-str', function () { assert.equal([1, 2], '1,2'); });
t('null-0', function () { assert.equal(null, 0); });
t('strict-null', function () { assert.strictEqual(null, 0); });
t('strict-undef', function () { assert.strictEqual(undefined, null); });
t('strict-arr', function () { assert.strictEqual([], []); });
t('strict-sym', function () { assert.strictEqual(Symbol('a'), Symbol('a')); });
