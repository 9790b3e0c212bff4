// assert(value) and assert.ok: truthy passes, falsy throws with a generated or given message.
var assert = require('assert');
function t(label, f) {
  try { f(); console.log(label, 'passed'); }
  catch (e) { console.log(label, e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator); }
}

t('true', function () { assert(true); });
t('1', function () { assert.ok(1); });
t('obj', function () { assert({}); });
t('false', function () { assert.ok(false); });
t('zero', function () { assert(0); });
t('empty', function () { assert.ok(''); });
t('msg', function () { assert.ok(null, 'custom message'); });
t('noargs', function () { assert.ok(); });
t('noargs2', function () { assert(); });
