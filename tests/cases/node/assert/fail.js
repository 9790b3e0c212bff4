// assert.fail with zero, one, two and four arguments.
var assert = require('assert');
function t(label, f) {
  try { f(); console.log(label, 'passed'); }
  catch (e) { console.log(label, e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator); }
}

t('none', function () { assert.fail(); });
t('msg', function () { assert.fail('boom'); });
t('undefined', function () { assert.fail(undefined); });
t('four', function () { assert.fail(1, 2, undefined, '>'); });
t('four-msg', function () { assert.fail(1, 2, 'custom', '>'); });
t('two', function () { assert.fail('a', 'b'); });
process.exitCode = 3; // the deprecation warning for more than one argument goes to stderr
