// assert.notEqual uses !=.
var assert = require('assert');
function t(label, f) {
  try { f(); console.log(label, 'passed'); }
  catch (e) { console.log(label, e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator); }
}

t('1!=2', function () { assert.notEqual(1, 2); });
t('1!=1', function () { assert.notEqual(1, 1); });
t('1!=\'1\'', function () { assert.notEqual(1, '1'); });
t('NaN', function () { assert.notEqual(NaN, NaN); });
t('arr', function () { assert.notEqual([1], [1]); });
t('msg', function () { assert.notEqual('x', 'x', 'should differ'); });
