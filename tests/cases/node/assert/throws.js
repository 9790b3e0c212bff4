// assert.throws with no expectation, a constructor, a RegExp, a validation function and a message.
var assert = require('assert');
function t(label, f) {
  try { f(); console.log(label, 'passed'); }
  catch (e) { console.log(label, e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator); }
}

function thrower() { throw new TypeError('wrong type'); }
t('plain', function () { assert.throws(thrower); });
t('ctor', function () { assert.throws(thrower, TypeError); });
t('base-ctor', function () { assert.throws(thrower, Error); });
t('wrong-ctor', function () { assert.throws(thrower, RangeError); });
t('regexp', function () { assert.throws(thrower, /wrong/); });
t('regexp-miss', function () { assert.throws(thrower, /right/); });
t('fn', function () { assert.throws(thrower, function (e) { return e.message === 'wrong type'; }); });
t('fn-false', function () { assert.throws(thrower, function validate() { return false; }); });
t('none', function () { assert.throws(function () {}); });
t('none-msg', function () { assert.throws(function () {}, 'should throw'); });
t('none-ctor', function () { assert.throws(function () {}, TypeError); });
t('none-ctor-msg', function () { assert.throws(function () {}, TypeError, 'must throw'); });
