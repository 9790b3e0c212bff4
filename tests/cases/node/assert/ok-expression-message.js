// The generated message quotes the call as written in the source.
var assert = require('assert');
function t(label, f) {
  try { f(); console.log(label, 'passed'); }
  catch (e) { console.log(label, e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator); }
}

var value = 0;
t('expr', function () { assert(value > 1); });
t('member', function () { assert.ok(typeof value === 'string'); });
t('nested', function () { assert.ok([1, 2].indexOf(3) !== -1); });
t('strict', function () { assert.strict.ok(null); });
