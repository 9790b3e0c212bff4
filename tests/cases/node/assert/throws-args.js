// assert.throws argument validation.
var assert = require('assert');
function t(label, f) {
  try { f(); console.log(label, 'passed'); }
  catch (e) { console.log(label, e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator); }
}

t('not-fn', function () { assert.throws('not a function'); });
t('bad-error', function () { assert.throws(function () { throw new Error('x'); }, 5); });
t('ambiguous', function () { assert.throws(function () { throw new Error('same'); }, 'same'); });
t('string-twice', function () { assert.throws(function () { throw new Error('x'); }, 'a', 'b'); });
