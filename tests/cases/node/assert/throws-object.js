// assert.throws with an object of expected properties.
var assert = require('assert');
function t(label, f) {
  try { f(); console.log(label, 'passed'); }
  catch (e) { console.log(label, e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator); }
}

function thrower() { var e = new TypeError('wrong type'); e.code = 'E1'; throw e; }
t('match', function () { assert.throws(thrower, { name: 'TypeError', message: 'wrong type' }); });
t('code', function () { assert.throws(thrower, { code: 'E1' }); });
t('regexp-prop', function () { assert.throws(thrower, { message: /wrong/ }); });
t('mismatch', function () { assert.throws(thrower, { code: 'E2' }); });
t('mismatch-msg', function () { assert.throws(thrower, { code: 'E2' }, 'bad code'); });
t('empty', function () { assert.throws(thrower, {}); });
t('error-instance', function () { assert.throws(thrower, new TypeError('wrong type')); });
t('primitive-thrown', function () { assert.throws(function () { throw 'str'; }, { message: 'x' }); });
