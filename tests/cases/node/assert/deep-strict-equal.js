// assert.deepStrictEqual: strict deep equality with a line diff.
var assert = require('assert');
function t(label, f) {
  try { f(); console.log(label, 'passed'); }
  catch (e) { console.log(label, e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator); }
}

t('same', function () { assert.deepStrictEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }); });
t('types', function () { assert.deepStrictEqual({ a: 1 }, { a: '1' }); });
t('nested', function () { assert.deepStrictEqual({ a: 1, b: [1, 2, 3] }, { a: 1, b: [1, 2, 4] }); });
t('proto', function () { assert.deepStrictEqual(Object.create(null), {}); });
t('extra-key', function () { assert.deepStrictEqual({ a: 1, b: 2 }, { a: 1 }); });
t('missing-key', function () { assert.deepStrictEqual({ a: 1 }, { a: 1, b: 2 }); });
t('prims', function () { assert.deepStrictEqual(1, 2); });
t('-0', function () { assert.deepStrictEqual([0], [-0]); });
t('NaN', function () { assert.deepStrictEqual([NaN], [NaN]); });
