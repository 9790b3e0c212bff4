// assert.strictEqual uses Object.is; short values print as 'a !== b'.
var assert = require('assert');
function t(label, f) {
  try { f(); console.log(label, 'passed'); }
  catch (e) { console.log(label, e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator); }
}

t('same', function () { assert.strictEqual(1, 1); });
t('1 vs 2', function () { assert.strictEqual(1, 2); });
t('1 vs "1"', function () { assert.strictEqual(1, '1'); });
t('NaN', function () { assert.strictEqual(NaN, NaN); });
t('-0', function () { assert.strictEqual(0, -0); });
t('null', function () { assert.strictEqual(null, undefined); });
t('long', function () { assert.strictEqual('hello world foo', 'hello world bar'); });
t('prefix', function () { assert.strictEqual('ab', 'abcdefghijklmnop'); });
t('msg', function () { assert.strictEqual(1, 2, 'nope'); });
