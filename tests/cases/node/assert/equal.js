// assert.equal uses ==; the message is 'actual == expected'.
var assert = require('assert');
function t(label, f) {
  try { f(); console.log(label, 'passed'); }
  catch (e) { console.log(label, e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator); }
}

t('1==1', function () { assert.equal(1, 1); });
t('1==\'1\'', function () { assert.equal(1, '1'); });
t('null==undefined', function () { assert.equal(null, undefined); });
t('NaN', function () { assert.equal(NaN, NaN); });
t('1==2', function () { assert.equal(1, 2); });
t('str', function () { assert.equal('a', 'b'); });
t('obj', function () { assert.equal({ a: 1 }, { a: 1 }); });
t('msg', function () { assert.equal(1, 2, 'one is not two'); });
t('missing', function () { assert.equal(1); });
