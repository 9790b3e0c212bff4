// assert.throws with error classes and subclasses.
var assert = require('assert');
class ValidationError extends Error {}
function t(label, f) {
  try { f(); console.log(label, 'passed'); }
  catch (e) { console.log(label, e.name, JSON.stringify(e.message), e.generatedMessage); }
}
t('sub', function () { assert.throws(function () { throw new ValidationError('v'); }, ValidationError); });
t('base', function () { assert.throws(function () { throw new ValidationError('v'); }, Error); });
t('wrong', function () { assert.throws(function () { throw new Error('plain'); }, ValidationError); });
t('not-error', function () { assert.throws(function () { throw 'str'; }, TypeError); });
t('arrow', function () { assert.throws(function () { throw new Error('e'); }, (e) => e.message === 'e'); });
