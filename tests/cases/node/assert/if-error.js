// assert.ifError throws for anything but null and undefined.
var assert = require('assert');
function t(label, f) {
  try { f(); console.log(label, 'passed'); }
  catch (e) { console.log(label, e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator); }
}

t('null', function () { assert.ifError(null); });
t('undefined', function () { assert.ifError(undefined); });
t('error', function () { assert.ifError(new Error('bad')); });
t('string', function () { assert.ifError('oops'); });
t('zero', function () { assert.ifError(0); });
t('false', function () { assert.ifError(false); });
t('empty-msg', function () { assert.ifError(new TypeError('')); });
try { assert.ifError(new Error('orig')); } catch (e) { console.log(e.actual instanceof Error, e.expected, e.actual.message); }
