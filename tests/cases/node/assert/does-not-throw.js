// assert.doesNotThrow.
var assert = require('assert');
function t(label, f) {
  try { f(); console.log(label, 'passed'); }
  catch (e) { console.log(label, e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator); }
}

t('ok', function () { assert.doesNotThrow(function () {}); });
t('throws', function () { assert.doesNotThrow(function () { throw new Error('inner'); }); });
t('msg', function () { assert.doesNotThrow(function () { throw new Error('inner'); }, 'wanted none'); });
t('ctor-match', function () { assert.doesNotThrow(function () { throw new TypeError('t'); }, TypeError); });
try { assert.doesNotThrow(function () { throw new TypeError('passes through'); }, RangeError); }
catch (e) { console.log('rethrown', e.name, e.message); }
t('regexp', function () { assert.doesNotThrow(function () { throw new Error('abc'); }, /b/, 'matched'); });
