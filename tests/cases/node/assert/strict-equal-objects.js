// strictEqual on objects: reference-equal, or 'same structure' when identical.
var assert = require('assert');
function t(label, f) {
  try { f(); console.log(label, 'passed'); }
  catch (e) { console.log(label, e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator); }
}

t('same-structure', function () { assert.strictEqual({ a: 1 }, { a: 1 }); });
t('different', function () { assert.strictEqual({ a: 1 }, { a: 2 }); });
t('arrays', function () { assert.strictEqual([1, 2, 3], [1, 2, 4]); });
t('functions', function () { assert.strictEqual(function a() {}, function b() {}); });
var o = {};
t('ref', function () { assert.strictEqual(o, o); });
