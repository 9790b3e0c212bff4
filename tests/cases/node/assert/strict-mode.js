// assert.strict: equal and deepEqual are strict.
var assert = require('assert');
function t(label, f) {
  try { f(); console.log(label, 'passed'); }
  catch (e) { console.log(label, e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator); }
}

var strict = assert.strict;
t('equal', function () { strict.equal(1, '1'); });
t('deepEqual', function () { strict.deepEqual({ a: 1 }, { a: '1' }); });
t('notEqual', function () { strict.notEqual(1, '1'); });
t('notDeepEqual', function () { strict.notDeepEqual({ a: 1 }, { a: 1 }); });
t('ok', function () { strict(true); });
console.log(strict.strict === strict, strict.AssertionError === assert.AssertionError, typeof strict.throws);
console.log(require('assert').strict === strict);
