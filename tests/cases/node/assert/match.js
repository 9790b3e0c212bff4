// assert.match and assert.doesNotMatch.
var assert = require('assert');
function t(label, f) {
  try { f(); console.log(label, 'passed'); }
  catch (e) { console.log(label, e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator); }
}

t('match', function () { assert.match('I will pass', /pass/); });
t('nomatch', function () { assert.match('I will fail', /pass/); });
t('notstring', function () { assert.match(123, /pass/); });
t('msg', function () { assert.match('x', /y/, 'custom'); });
t('badregexp', function () { assert.match('x', 'y'); });
t('dnm-pass', function () { assert.doesNotMatch('I will pass', /different/); });
t('dnm-fail', function () { assert.doesNotMatch('I will fail', /fail/); });
t('dnm-notstring', function () { assert.doesNotMatch({}, /x/); });
