// Long diffs skip identical lines with '...'.
var assert = require('assert');
function t(label, f) {
  try { f(); console.log(label, 'passed'); }
  catch (e) { console.log(label, e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator); }
}

var a = [], b = [];
for (var i = 0; i < 30; i++) { a.push(i); b.push(i); }
b[15] = 'changed';
t('long', function () { assert.deepStrictEqual(a, b); });
t('ten', function () { assert.deepStrictEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [1, 2, 3, 4, 5, 6, 7, 8, 9, 11]); });
var big1 = {}, big2 = {};
for (var j = 0; j < 12; j++) { big1['key' + j] = j; big2['key' + j] = j; }
big2.key0 = 'x';
big2.key11 = 'y';
t('obj', function () { assert.deepStrictEqual(big1, big2); });
