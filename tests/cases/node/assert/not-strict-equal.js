// assert.notStrictEqual.
var assert = require('assert');
function t(label, f) {
  try { f(); console.log(label, 'passed'); }
  catch (e) { console.log(label, e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator); }
}

t('1 2', function () { assert.notStrictEqual(1, 2); });
t('1 1', function () { assert.notStrictEqual(1, 1); });
t('long', function () { assert.notStrictEqual('a long string', 'a long string'); });
var o = { a: 1 };
t('obj', function () { assert.notStrictEqual(o, o); });
t('NaN', function () { assert.notStrictEqual(NaN, NaN); });
