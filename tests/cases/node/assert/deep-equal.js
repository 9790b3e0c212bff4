// assert.deepEqual: loose deep equality.
var assert = require('assert');
function t(label, f) {
  try { f(); console.log(label, 'passed'); }
  catch (e) { console.log(label, e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator); }
}

t('objects', function () { assert.deepEqual({ a: [1, 2], b: { c: 3 } }, { a: [1, 2], b: { c: 3 } }); });
t('loose', function () { assert.deepEqual({ a: 1 }, { a: '1' }); });
t('proto-ignored', function () { assert.deepEqual(Object.create(null), {}); });
t('order', function () { assert.deepEqual({ a: 1, b: 2 }, { b: 2, a: 1 }); });
t('fail', function () { assert.deepEqual({ a: 1 }, { a: 2 }); });
t('arrays', function () { assert.deepEqual([1, 2, 3], [1, 2]); });
t('dates', function () { assert.deepEqual(new Date(1), new Date(1)); });
t('dates-differ', function () { assert.deepEqual(new Date(1), new Date(2)); });
t('regexps', function () { assert.deepEqual(/a/g, /a/g); });
t('prims', function () { assert.deepEqual(1, true); });
t('msg', function () { assert.deepEqual([1], [2], 'arrays differ'); });
