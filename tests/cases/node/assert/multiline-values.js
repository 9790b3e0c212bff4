// Diff of multi-line values with trailing-comma handling.
var assert = require('assert');
function t(label, f) {
  try { f(); console.log(label, 'passed'); }
  catch (e) { console.log(label, e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator); }
}

t('arr', function () { assert.deepStrictEqual([1, 2], [1, 2, 3]); });
t('arr2', function () { assert.deepStrictEqual([1, 2, 3], [1, 2]); });
t('obj', function () { assert.deepStrictEqual({ a: 1, b: { c: [1, 2] } }, { a: 1, b: { c: [1, 2], d: 4 } }); });
t('strs', function () { assert.strictEqual('line1\nline2\nline3', 'line1\nlineX\nline3'); });
